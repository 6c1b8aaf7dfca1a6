namespace AnonGateway.Dicom.Network.Transport;

/// <summary>What the first bytes on a DICOM port look like.</summary>
public enum SniffedProtocol
{
    /// <summary>Plausibly an A-ASSOCIATE-RQ (type 01H, reserved 00H).</summary>
    Dicom,
    /// <summary>A TLS record (a ClientHello: content type 16H, version 03xxH): a TLS client on a plain port.</summary>
    Tls,
    /// <summary>An HTTP request line (a browser or a health check).</summary>
    Http,
    /// <summary>Anything else.</summary>
    Unknown,
}

/// <summary>Recognises peers that speak the wrong protocol on the DICOM port (Kestrel's HTTP/1-on-HTTP/2 check),
/// so that they are logged as what they are and closed at once instead of failing obscurely.</summary>
public static class ProtocolSniffer
{
    private static readonly string[] s_httpMethods = ["GET ", "POST ", "HEAD ", "PUT ", "DELETE ", "OPTIONS ", "CONNECT ", "TRACE ", "PATCH ", "PRI "];

    /// <summary>Classifies the first bytes received (at least 2 are needed for a useful answer).</summary>
    public static SniffedProtocol Classify(ReadOnlySpan<byte> first)
    {
        if (first.Length >= 2 && first[0] == 0x01 && first[1] == 0x00) return SniffedProtocol.Dicom;
        if (first.Length >= 2 && first[0] == 0x16 && first[1] == 0x03) return SniffedProtocol.Tls;
        foreach (var method in s_httpMethods)
        {
            int n = Math.Min(method.Length, first.Length);
            if (n < 3) continue;
            bool match = true;
            for (int i = 0; i < n && match; i++) match = first[i] == method[i];
            if (match) return SniffedProtocol.Http;
        }
        return SniffedProtocol.Unknown;
    }
}
