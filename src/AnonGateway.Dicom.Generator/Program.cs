namespace AnonGateway.Dicom.Generator;

/// <summary>Regenerates the checked-in tables of the DICOM core from ../shared/dicom-standard/.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        Console.Error.WriteLine("generator not written yet");
        return args.Length == 0 ? 1 : 1;
    }
}
