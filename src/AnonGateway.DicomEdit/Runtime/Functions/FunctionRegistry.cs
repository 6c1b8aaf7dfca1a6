using System.Collections.Frozen;

namespace AnonGateway.DicomEdit.Runtime.Functions;

/// <summary>The fixed set of DicomEdit 6 built-in functions (spec §9.1), by case-sensitive name.</summary>
public static class FunctionRegistry
{
    private static readonly FrozenDictionary<string, ScriptFunction> s_functions = new ScriptFunction[]
    {
        new ConcatenateFunction(), new FormatFunction(), new LowercaseFunction(), new UppercaseFunction(),
        new SubstringFunction(), new ReplaceFunction(), new HashUidFunction(), new NewUidFunction(), new MapUidFunction(),
        new MapReferencedUidsFunction(), new HashUidListFunction(), new GetUrlFunction(), new LookupFunction(),
        new MatchFunction(), new IsMatchFunction(), new IsPresentFunction(), new ShiftDateByIncrementFunction(),
        new ShiftDateTimeByIncrementFunction(), new ShiftDateTimeListByIncrementFunction(),
        new ShiftDateTimeSequenceByIncrementFunction(), new DeleteFunction(), new SetFunction(), new RemoveTagsFunction(),
        new RetainPrivateTagsFunction(), new AlterPixelsFunction(), new NormalizeStringFunction(),
        new CollectValuesFunction(), new BlankValuesFunction(), new ScalePatientAgeAndDobFromStudyDateFunction(),
        new RejectFunction(), new TrueFunction(), new FalseFunction(),
    }.ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);

    /// <summary>Every function name.</summary>
    public static IEnumerable<string> Names => s_functions.Keys;

    /// <summary>Whether <paramref name="name"/> is a built-in, with its argument count range.</summary>
    public static bool TryGetArity(string name, out int min, out int max)
    {
        if (s_functions.TryGetValue(name, out var f)) { min = f.MinArguments; max = f.MaxArguments; return true; }
        min = max = 0;
        return false;
    }

    internal static ScriptFunction? Find(string name) => s_functions.GetValueOrDefault(name);
}
