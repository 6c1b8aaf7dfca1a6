namespace AnonGateway.Dicom.Network.Dimse;

/// <summary>The classes of DIMSE status codes (PS3.7 Annex C).</summary>
public enum DimseStatusCategory
{
    Success,
    Warning,
    Failure,
    Cancel,
    Pending,
}
