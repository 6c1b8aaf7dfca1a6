namespace AnonGateway.Dicom.Uids;

/// <summary>UIDs the core itself needs: ours (Implementation Class UID, version name) and a few of PS3.6.</summary>
public static class DicomUid
{
    /// <summary>AnonGateway's Implementation Class UID (PS3.7 §D.3.3.2), the 2.25 form of the fixed UUID
    /// c3546985-7406-4b39-97cc-8c40c31c37f9 (PS3.5 §B.2), written into every file meta group and association.</summary>
    public const string ImplementationClassUid = "2.25.259637752340437388493672967825765709817";

    /// <summary>AnonGateway's Implementation Version Name (SH, at most 16 characters).</summary>
    public const string ImplementationVersionName = "ANONGW_1_0";

    /// <summary>The SOP class of a DICOMDIR (Media Storage Directory Storage).</summary>
    public const string MediaStorageDirectoryStorage = "1.2.840.10008.1.3.10";

    /// <summary>The longest UID the standard allows (PS3.5 §9.1).</summary>
    public const int MaxLength = 64;

    /// <summary>Whether <paramref name="uid"/> is a well-formed UID: 1 to 64 characters, dot-separated components of
    /// digits, no leading zero in a component of more than one digit.</summary>
    public static bool IsValid(string? uid)
    {
        if (string.IsNullOrEmpty(uid) || uid.Length > MaxLength) return false;
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
