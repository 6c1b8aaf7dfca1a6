using AnonGateway.DicomEdit.Diagnostics;

namespace AnonGateway.DicomEdit.V4;

/// <summary>The catalogue of DicomEdit 4 diagnostics (codes DE4xxx, stable): DE40xx lexical, DE41xx syntax,
/// DE42xx checks, DE49xx runtime errors (the MizerException code of a DE4 script).</summary>
/// <remarks>Messages say what was expected in the script writer's terms; hints say what XNAT's DicomEdit 4 would do
/// where it differs (it runs scripts with syntax errors, spec §12.5), or how to write it. Runtime messages never
/// contain attribute values (they may be patient data).</remarks>
public static class V4Diagnostics
{
    private const DiagnosticSeverity E = DiagnosticSeverity.Error;
    private const DiagnosticSeverity W = DiagnosticSeverity.Warning;
    private const DiagnosticSeverity I = DiagnosticSeverity.Info;

    private const string XnatIgnores = "XNAT's DicomEdit 4 only prints a syntax error to its log for this and runs the rest of the script";

    // ---- DE40xx lexical ------------------------------------------------------------------------------------

    /// <summary>A character that starts no DicomEdit 4 token.</summary>
    public static readonly DiagnosticDescriptor UnexpectedCharacter = new("DE4001", E,
        "unexpected character '{0}': DicomEdit 4 expects a tag like (0010,0010), a \"string\", a number, a name, or one of := : - = ~ [ ] ,",
        XnatIgnores + " (it drops the character).");

    /// <summary>A string without its closing quote.</summary>
    public static readonly DiagnosticDescriptor UnterminatedString = new("DE4002", E,
        "this string is never closed: expected a closing \" (without it the string runs to the end of the script)",
        "Close the string with \" on the same line; a \" inside a string is written \\\".");

    /// <summary>A backslash escape DicomEdit 4 does not know.</summary>
    public static readonly DiagnosticDescriptor UnknownEscape = new("DE4003", E,
        "unknown escape '\\{0}' in a string: DicomEdit 4 strings accept \\\" \\' \\\\ \\b \\t \\n \\f \\r",
        "Write \\\\ for a backslash (a regular expression digit is \"\\\\d\").");

    /// <summary>A unicode or octal escape (XNAT refuses the script).</summary>
    public static readonly DiagnosticDescriptor UnsupportedEscape = new("DE4004", E,
        "the escape '\\{0}' is not supported: DicomEdit 4 strings accept \\\" \\' \\\\ \\b \\t \\n \\f \\r",
        "XNAT's DicomEdit 4 refuses the whole script for a \\u or octal escape (with no line number); write the character itself.");

    /// <summary>A parenthesis that does not start a well-formed tag.</summary>
    public static readonly DiagnosticDescriptor MalformedTag = new("DE4005", E,
        "expected a tag (gggg,eeee): four hexadecimal digits, a comma, four hexadecimal digits, in parentheses",
        "A pattern may use X (any digit), @ (even digit) and # (odd digit), e.g. (50XX,XXXX).");

    /// <summary>Spaces inside a tag.</summary>
    public static readonly DiagnosticDescriptor SpaceInTag = new("DE4006", E,
        "a tag must be written without spaces: expected {0}",
        XnatIgnores + "; the statement is lost.");

    /// <summary>A lowercase x in a tag pattern.</summary>
    public static readonly DiagnosticDescriptor LowercaseWildcard = new("DE4007", E,
        "only uppercase X is a wildcard digit in DicomEdit 4: expected {0}",
        XnatIgnores + "; the statement is lost.");

    /// <summary>A DicomEdit 6 private-creator tag.</summary>
    public static readonly DiagnosticDescriptor PrivateCreatorTag = new("DE4008", E,
        "DicomEdit 4 has no private creator syntax (gggg,{{creator}}ee): expected a numeric tag such as (0029,1019)",
        "Private creator names, sequences and paths are DicomEdit 6; start the script with the line version \"6.6\" to use that language.");

    /// <summary><c>!=</c> or <c>!~</c>.</summary>
    public static readonly DiagnosticDescriptor NegatedOperator = new("DE4009", E,
        "DicomEdit 4 has no '!{0}' operator: a condition is value = value or value ~ regex",
        "XNAT's DicomEdit 4 would silently run this as '{0}', the opposite. Negation is not expressible in DicomEdit 4: " +
        "write the action for the matching case first and the default after it (the first statement for a tag wins), " +
        "or use DicomEdit 6 (version \"6.6\") where '!{0}' exists.");

    /// <summary>A <c>?</c> (DicomEdit 6 conditional).</summary>
    public static readonly DiagnosticDescriptor QuestionMark = new("DE4010", E,
        "'?' is not DicomEdit 4: a conditional statement is condition : action",
        "Write e.g. (0008,0060) = \"MR\" : (0008,103E) := \"MR series\"; 'condition ? action : else' is DicomEdit 6 (version \"6.6\").");

    /// <summary>Braces (DicomEdit 6 lists and blocks).</summary>
    public static readonly DiagnosticDescriptor Brace = new("DE4011", E,
        "'{0}' is not DicomEdit 4: lists {{…}} and if-blocks are DicomEdit 6",
        "Start the script with the line version \"6.6\" to use the DicomEdit 6 language.");

    /// <summary>A decimal number outside quotes.</summary>
    public static readonly DiagnosticDescriptor FloatNumber = new("DE4012", E,
        "DicomEdit 4 numbers are integers: expected a number without a decimal point",
        "Write the value as a string, e.g. \"30.0\".");

    /// <summary>An integer that does not fit in 32 bits.</summary>
    public static readonly DiagnosticDescriptor NumberTooLarge = new("DE4013", E,
        "the number is too large: DicomEdit 4 integers must lie between -2147483648 and 2147483647",
        "XNAT's DicomEdit 4 refuses the whole script for it (with no line number); write the value as a string.");

    /// <summary>A number with a leading zero.</summary>
    public static readonly DiagnosticDescriptor LeadingZero = new("DE4014", E,
        "a DicomEdit 4 number cannot start with 0: expected 0 or a number like 42",
        "Write the value as a string, e.g. \"007\".");

    /// <summary>A backslash outside a string that is not a line continuation.</summary>
    public static readonly DiagnosticDescriptor StrayBackslash = new("DE4015", E,
        "a backslash outside a string must end the line (line continuation)",
        null);

    /// <summary>A slash (DicomEdit 6 tag paths).</summary>
    public static readonly DiagnosticDescriptor Slash = new("DE4016", E,
        "'/' is not DicomEdit 4: a comment starts with //, and tag paths into sequences are DicomEdit 6",
        "DicomEdit 4 reads and changes only top-level attributes; use DicomEdit 6 (version \"6.6\") for sequence paths.");

    /// <summary><c>?=</c> (DicomEdit 6 assign-if-exists).</summary>
    public static readonly DiagnosticDescriptor AssignIfExists = new("DE4017", E,
        "'?=' is not DicomEdit 4: an assignment is (gggg,eeee) := value",
        "A DicomEdit 4 pattern assignment such as (0008,10XX) := \"x\" changes only the attributes that exist.");

    // ---- DE41xx syntax -------------------------------------------------------------------------------------

    /// <summary>No statement can start here.</summary>
    public static readonly DiagnosticDescriptor ExpectedStatement = new("DE4101", E,
        "expected a statement: (gggg,eeee) := value, -(gggg,eeee), condition : action, name := value, echo, describe or export",
        null);

    /// <summary>Something after a complete statement.</summary>
    public static readonly DiagnosticDescriptor ExpectedEndOfLine = new("DE4102", E,
        "expected the end of the line: DicomEdit 4 allows one statement per line",
        XnatIgnores + ".");

    /// <summary>A value is missing.</summary>
    public static readonly DiagnosticDescriptor ExpectedValue = new("DE4103", E,
        "expected a value: a \"string\", a number, a tag like (0010,0010), a variable name or a function call like hashUID[(0020,000D)]",
        null);

    /// <summary>A tag at the start of a statement not followed by <c>:=</c> or a condition.</summary>
    public static readonly DiagnosticDescriptor ExpectedAssignOrCondition = new("DE4104", E,
        "expected ':=' (assignment) or '=' / '~' (condition) after the tag",
        null);

    /// <summary><c>-</c> without a tag.</summary>
    public static readonly DiagnosticDescriptor ExpectedDeletionTarget = new("DE4105", E,
        "expected a tag or tag pattern after '-', e.g. -(0010,1000) or -(50XX,XXXX)",
        null);

    /// <summary>An argument list not closed.</summary>
    public static readonly DiagnosticDescriptor ExpectedArgumentListEnd = new("DE4106", E,
        "expected ',' and another argument, or ']' to close the argument list of '{0}'",
        null);

    /// <summary><c>f[]</c>.</summary>
    public static readonly DiagnosticDescriptor EmptyArgumentList = new("DE4107", E,
        "a DicomEdit 4 function call needs at least one argument: expected a value between '[' and ']'",
        XnatIgnores + " (ANTLR drops the statement). Calls without arguments such as newUID[] are DicomEdit 6; for a new UID write (gggg,eeee) := new UID.");

    /// <summary>A value not followed by a condition operator where a condition is needed.</summary>
    public static readonly DiagnosticDescriptor ExpectedConditionOperator = new("DE4108", E,
        "expected '=' or '~' after the value: a DicomEdit 4 condition is value = value or value ~ \"regex\"",
        null);

    /// <summary>A tag pattern used as a value.</summary>
    public static readonly DiagnosticDescriptor PatternAsValue = new("DE4109", E,
        "a tag pattern with X, @ or # can only be the target of := or -, not a value: expected an exact tag such as (0010,0010)",
        null);

    /// <summary>A statement that cannot follow a condition.</summary>
    public static readonly DiagnosticDescriptor NotAnAction = new("DE4110", E,
        "expected an action after ':': (gggg,eeee) := value, -(gggg,eeee) or echo value",
        null);

    /// <summary><c>new</c> without a generator name.</summary>
    public static readonly DiagnosticDescriptor ExpectedGeneratorName = new("DE4111", E,
        "expected a generator name after 'new': (gggg,eeee) := new UID",
        null);

    /// <summary>A malformed <c>describe</c>.</summary>
    public static readonly DiagnosticDescriptor MalformedDescribe = new("DE4112", E,
        "expected describe name \"label\" or describe name hidden",
        null);

    /// <summary>A malformed <c>export</c>.</summary>
    public static readonly DiagnosticDescriptor MalformedExport = new("DE4113", E,
        "expected export name \"field\"",
        null);

    /// <summary>A DicomEdit 6 statement keyword in a DicomEdit 4 script.</summary>
    public static readonly DiagnosticDescriptor DicomEdit6Statement = new("DE4114", E,
        "'{0}' is a DicomEdit 6 statement, and this script is DicomEdit 4 (it has no line starting with version)",
        "{1}");

    /// <summary>A tag followed by an item index (DicomEdit 6 path).</summary>
    public static readonly DiagnosticDescriptor SequencePath = new("DE4115", E,
        "DicomEdit 4 has no sequence paths such as (gggg,eeee)[0]/(gggg,eeee): it reads and changes only top-level attributes",
        "Use DicomEdit 6 (first line version \"6.6\") for sequence paths.");

    /// <summary><c>new</c> on a pattern target.</summary>
    public static readonly DiagnosticDescriptor GeneratorOnPattern = new("DE4116", E,
        "'new' can only assign to an exact tag, not to a pattern with X, @ or #",
        null);

    /// <summary>A condition not followed by <c>:</c>.</summary>
    public static readonly DiagnosticDescriptor ExpectedColon = new("DE4117", E,
        "expected ':' after the condition, then the action: condition : action",
        null);

    /// <summary>Runaway nesting of function calls.</summary>
    public static readonly DiagnosticDescriptor NestingTooDeep = new("DE4118", E,
        "function calls are nested too deeply (more than {0} levels)",
        null);

    /// <summary>A variable name expected.</summary>
    public static readonly DiagnosticDescriptor ExpectedVariableName = new("DE4119", E,
        "expected a variable name after '{0}'",
        null);

    // ---- DE42xx checks -------------------------------------------------------------------------------------

    /// <summary>A function DicomEdit 4 does not have.</summary>
    public static readonly DiagnosticDescriptor UnknownFunction = new("DE4201", E,
        "unknown function '{0}': DicomEdit 4 has format, lowercase, uppercase, substring, replace, match, urlEncode, getURL and hashUID",
        null);

    /// <summary>A wrong number of arguments.</summary>
    public static readonly DiagnosticDescriptor WrongArgumentCount = new("DE4202", E,
        "'{0}' takes {1}, but {2} given: expected {3}",
        null);

    /// <summary>A generator other than UID.</summary>
    public static readonly DiagnosticDescriptor UnknownGenerator = new("DE4203", E,
        "unknown generator '{0}': DicomEdit 4 has only 'new UID'",
        null);

    /// <summary>A variable initialised twice.</summary>
    public static readonly DiagnosticDescriptor VariableRedefined = new("DE4204", E,
        "variable '{0}' is already initialised on line {1}: a DicomEdit 4 variable can be initialised only once (names ignore letter case)",
        "XNAT's DicomEdit 4 refuses the whole script for this (an internal error with no line number).");

    /// <summary>A variable whose value depends on itself.</summary>
    public static readonly DiagnosticDescriptor VariableCycle = new("DE4205", E,
        "variable '{0}' is defined in terms of itself",
        null);

    /// <summary>A regular expression that does not compile.</summary>
    public static readonly DiagnosticDescriptor InvalidRegex = new("DE4206", E,
        "invalid regular expression: {0}",
        "DicomEdit uses Java regular expressions; inside a DicomEdit 4 string a backslash is written \\\\ (\"\\\\d+\").");

    /// <summary>An argument that must be an integer.</summary>
    public static readonly DiagnosticDescriptor ExpectedInteger = new("DE4207", E,
        "the {0} argument of '{1}' must be an integer",
        null);

    /// <summary>A variable the script uses but never initialises.</summary>
    public static readonly DiagnosticDescriptor HostVariableRequired = new("DE4208", W,
        "variable '{0}' is never initialised: the host must supply it, or every object fails",
        "XNAT supplies only project, subject and session.");

    /// <summary>One of XNAT's variables.</summary>
    public static readonly DiagnosticDescriptor HostVariableSupplied = new("DE4209", I,
        "variable '{0}' is supplied by XNAT (project, subject and session are)",
        null);

    /// <summary>A statement that a later statement can never override.</summary>
    public static readonly DiagnosticDescriptor OverriddenStatement = new("DE4210", I,
        "this statement has no effect on {0}: the statement on line {1} changes it too, and in DicomEdit 4 the first statement for a tag wins",
        null);

    // ---- DE49xx runtime ------------------------------------------------------------------------------------

    /// <summary>Host variables missing.</summary>
    public const string MissingVariablesCode = "DE4901";
    /// <summary>A function failed on its arguments.</summary>
    public const string FunctionFailedCode = "DE4902";
    /// <summary>A value cannot be written in the element's VR.</summary>
    public const string InvalidValueCode = "DE4903";
    /// <summary>A sequence or encapsulated pixel data read as a value.</summary>
    public const string NotAValueCode = "DE4904";
    /// <summary>A regular expression failed at run time (time limit).</summary>
    public const string RegexFailedCode = "DE4905";
    /// <summary>getURL is not available or failed.</summary>
    public const string UrlFailedCode = "DE4906";
    /// <summary>Processing was cancelled or exceeded its time limit.</summary>
    public const string CancelledCode = "DE4907";
    /// <summary>A format pattern is invalid.</summary>
    public const string InvalidFormatCode = "DE4908";
}
