namespace AnonGateway.Dicom.Network.UpperLayer.Pdus;

/// <summary>One Presentation Data Value item of a P-DATA-TF PDU (PS3.8 §9.3.5.1 and Annex E.2).</summary>
/// <remarks>
/// <code>
/// 0-3  Item-length (context ID + header + data)
/// 4    Presentation-context-ID
/// 5    Message control header: bit 0 = 1 command / 0 data set; bit 1 = 1 last fragment; bits 2-7 = 0
/// 6-   Fragment
/// </code>
/// </remarks>
/// <param name="PresentationContextId">The context the fragment belongs to.</param>
/// <param name="IsCommand">Command (true) or data set (false) fragment.</param>
/// <param name="IsLastFragment">The last fragment of the command or data set.</param>
/// <param name="Data">The fragment bytes. When read from the network they belong to a buffer that is reused
/// once the next PDU is read.</param>
public readonly record struct PresentationDataValue(byte PresentationContextId, bool IsCommand, bool IsLastFragment, ReadOnlyMemory<byte> Data)
{
    /// <summary>The message control header byte.</summary>
    public byte MessageControlHeader => (byte)((IsCommand ? 1 : 0) | (IsLastFragment ? 2 : 0));
}
