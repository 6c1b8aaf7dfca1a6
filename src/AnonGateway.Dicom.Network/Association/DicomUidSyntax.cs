namespace AnonGateway.Dicom.Network.Association;

/// <summary>The UID encoding rules of PS3.5 §9.1: digits and dots, components without leading zeros, at most 64 characters.</summary>
public static class DicomUidSyntax
{
    /// <summary>Whether <paramref name="uid"/> is a well-formed UID.</summary>
    public static bool IsValid(string? uid)
    {
        if (string.IsNullOrEmpty(uid) || uid.Length > 64) return false;
        int componentStart = 0;
        for (int i = 0; i <= uid.Length; i++)
        {
            if (i == uid.Length || uid[i] == '.')
            {
                int len = i - componentStart;
                if (len == 0) return false;
                if (len > 1 && uid[componentStart] == '0') return false;
                componentStart = i + 1;
            }
            else if (uid[i] is < '0' or > '9') return false;
        }
        return true;
    }
}
