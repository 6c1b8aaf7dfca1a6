using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.DicomEdit.Runtime.Dates;
using AnonGateway.DicomEdit.Runtime.Edits;
using AnonGateway.DicomEdit.Runtime.Interpreter;
using AnonGateway.DicomEdit.Runtime.Paths;
using AnonGateway.DicomEdit.Runtime.Values;

namespace AnonGateway.DicomEdit.Runtime.Functions;

/// <summary><c>scalePatientAgeAndDobFromStudyDate[]</c> (6.6, spec §9.26): caps the patient's age at 89 years — shifts
/// every PatientBirthDate forward by the excess over round(365.24 × 89) days before the StudyDate, and sets every
/// PatientAge over 89Y to 089Y.</summary>
internal sealed class ScalePatientAgeAndDobFromStudyDateFunction : ScriptFunction
{
    private const int MaxAgeDays = 32506; // Math.Round(365.24 * 89)
    private static readonly DicomTag PatientBirthDate = new(0x0010, 0x0030);
    private static readonly DicomTag PatientAge = new(0x0010, 0x1010);
    private static readonly DicomTag StudyDate = new(0x0008, 0x0020);

    public override string Name => "scalePatientAgeAndDobFromStudyDate";
    public override int MinArguments => 0;
    public override int MaxArguments => 0;

    public override ScriptValue Invoke(ReadOnlySpan<ScriptValue> arguments, EvaluationContext context)
    {
        var ds = context.Dataset;
        var dob = Read(ds, PatientBirthDate);
        if (!string.IsNullOrEmpty(dob) && TryMidpoint(dob, out var born))
        {
            var study = Read(ds, StudyDate);
            if (string.IsNullOrEmpty(study)) return ScriptValue.Null;
            int days = (int)(DicomDateTimeShifter.ToMidpoint(study) - born).TotalDays;
            if (days > MaxAgeDays)
            {
                long shift = (long)(days - MaxAgeDays) * 86400;
                foreach (var (container, element) in DatasetWalker.All(ds))
                {
                    if (element.Tag != PatientBirthDate || element is not DicomValueElement) continue;
                    var value = ElementText.Read(container, element);
                    if (string.IsNullOrEmpty(value)) continue;
                    ElementText.Write(container, element.Tag, element.VR, DicomDateTimeShifter.Shift(value, shift));
                }
            }
        }
        var age = Read(ds, PatientAge);
        if (!string.IsNullOrEmpty(age))
        {
            if (age.Length != 4 || !char.IsAsciiDigit(age[0]) || !char.IsAsciiDigit(age[1]) || !char.IsAsciiDigit(age[2]) || "DWMY".IndexOf(age[3], StringComparison.Ordinal) < 0)
                throw new ScriptEvaluationException(RuntimeErrorCodes.InvalidArgument,
                    $"{Name}: PatientAge (0010,1010) is not a DICOM age string (nnnD, nnnW, nnnM or nnnY)");
            if (age[3] == 'Y' && int.Parse(age.AsSpan(0, 3), System.Globalization.CultureInfo.InvariantCulture) > 89)
                foreach (var (container, element) in DatasetWalker.All(ds))
                    if (element.Tag == PatientAge && element is DicomValueElement) ElementText.Write(container, element.Tag, element.VR, "089Y");
        }
        return ScriptValue.Null;
    }

    private static string? Read(DicomDataset ds, DicomTag tag) => ds.Get(tag) is { } e ? ElementText.Read(ds, e) : null;

    private static bool TryMidpoint(string value, out DateTime t)
    {
        try { t = DicomDateTimeShifter.ToMidpoint(value); return true; }
        catch (ScriptEvaluationException) { t = default; return false; }
    }
}
