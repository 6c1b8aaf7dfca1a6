using System.Globalization;

namespace AnonGateway.Dicom.Network.Dimse;

/// <summary>A DIMSE status code (0000,0900) with its category (PS3.7 Annex C, PS3.4 Table B.2-1 for C-STORE).</summary>
/// <param name="Code">The 16-bit code.</param>
public readonly record struct DimseStatus(ushort Code)
{
    /// <summary>0000: success.</summary>
    public static DimseStatus Success { get; } = new(0x0000);
    /// <summary>B000: warning, coercion of data elements.</summary>
    public static DimseStatus CoercionOfDataElements { get; } = new(0xB000);
    /// <summary>B006: warning, elements discarded.</summary>
    public static DimseStatus ElementsDiscarded { get; } = new(0xB006);
    /// <summary>B007: warning, data set does not match SOP class.</summary>
    public static DimseStatus DataSetDoesNotMatchSopClassWarning { get; } = new(0xB007);
    /// <summary>A700: refused, out of resources (A7xx).</summary>
    public static DimseStatus OutOfResources { get; } = new(0xA700);
    /// <summary>A900: error, data set does not match SOP class (A9xx).</summary>
    public static DimseStatus DataSetDoesNotMatchSopClass { get; } = new(0xA900);
    /// <summary>C000: error, cannot understand (Cxxx).</summary>
    public static DimseStatus CannotUnderstand { get; } = new(0xC000);
    /// <summary>0110: processing failure.</summary>
    public static DimseStatus ProcessingFailure { get; } = new(0x0110);
    /// <summary>0122: refused, SOP class not supported.</summary>
    public static DimseStatus SopClassNotSupported { get; } = new(0x0122);
    /// <summary>0211: unrecognized operation.</summary>
    public static DimseStatus UnrecognizedOperation { get; } = new(0x0211);

    /// <summary>The category of the code.</summary>
    public DimseStatusCategory Category => Code switch
    {
        0x0000 => DimseStatusCategory.Success,
        0x0001 or 0x0107 or 0x0116 => DimseStatusCategory.Warning,
        >= 0xB000 and <= 0xBFFF => DimseStatusCategory.Warning,
        0xFE00 => DimseStatusCategory.Cancel,
        0xFF00 or 0xFF01 => DimseStatusCategory.Pending,
        _ => DimseStatusCategory.Failure,
    };

    /// <summary>Success or warning: the object was stored.</summary>
    public bool IsSuccessOrWarning => Category is DimseStatusCategory.Success or DimseStatusCategory.Warning;

    /// <summary>A7xx: the peer is out of resources, so trying again later may succeed.</summary>
    public bool IsOutOfResources => (Code & 0xFF00) == 0xA700;

    public override string ToString() => Code.ToString("X4", CultureInfo.InvariantCulture);
}
