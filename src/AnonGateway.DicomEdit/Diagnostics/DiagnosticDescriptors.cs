namespace AnonGateway.DicomEdit.Diagnostics;

/// <summary>The one catalogue of front-end diagnostics: codes are stable (tests, editors and CI key on them).
/// DE0xxx language selection, DE1xxx DicomEdit 6 lexer, DE2xxx DicomEdit 6 parser, DE3xxx checker.
/// (DE4xxx: <c>V4/V4Diagnostics.cs</c>; DE5xxx runtime: <c>Runtime/RuntimeErrorCodes.cs</c>.)</summary>
public static class DiagnosticDescriptors
{
    private const DiagnosticSeverity E = DiagnosticSeverity.Error;
    private const DiagnosticSeverity W = DiagnosticSeverity.Warning;

    // ---- DE0xxx: which language (spec §1.4) ----

    /// <summary>{0} = the line as written.</summary>
    public static readonly DiagnosticDescriptor IndentedVersionLine = new("DE0001", E,
        "this version line is indented, so XNAT does not see it and runs the script as DicomEdit 4, where it is a syntax error",
        "remove the spaces before 'version': XNAT only recognises a line that starts with the word version");

    public static readonly DiagnosticDescriptor VersionLineSpacing = new("DE0002", E,
        "XNAT does not recognise this version line (the word version must be followed by exactly one space and the quoted version), so it runs the script as DicomEdit 4, where it is a syntax error",
        "write it as: version \"{0}\"");

    public static readonly DiagnosticDescriptor MalformedVersionStatement = new("DE0003", E,
        "malformed version statement: XNAT refuses this script",
        "the version is declared without an operator: version \"{0}\"");

    /// <summary>{0} = the version string.</summary>
    public static readonly DiagnosticDescriptor UnknownVersion = new("DE0004", E,
        "no DicomEdit engine accepts version \"{0}\"; XNAT fails every object with \"failed to find a Mizer implementation\"",
        "the DicomEdit 6 versions are 6.0 to 6.7, e.g. version \"6.6\"; DicomEdit 4 scripts have no version line");

    public static readonly DiagnosticDescriptor VersionWordCase = new("DE0005", E,
        "XNAT only recognises a version line that starts with the lower-case word version, so it runs this script as DicomEdit 4, where it is a syntax error",
        "write it as: version \"{0}\"");

    /// <summary>{0} = the version of the later statement, {1} = the declared one.</summary>
    public static readonly DiagnosticDescriptor ConflictingVersionStatement = new("DE0006", W,
        "this version statement says \"{0}\" but the script was declared as \"{1}\" by its first version line; XNAT uses the first",
        "keep one version line, at the top of the script");

    public static readonly DiagnosticDescriptor Version4Engine = new("DE0008", E,
        "version \"{0}\" selects the DicomEdit 4 engine, whose language has no version statement: XNAT reports a syntax error here",
        "remove the line for a DicomEdit 4 script, or declare a DicomEdit 6 version such as \"6.6\"");

    public static readonly DiagnosticDescriptor V4EngineNotAvailable = new("DE0009", E,
        "this script has no version line, so it is a DicomEdit 4 script, and the DicomEdit 4 engine is not available in this build",
        "add version \"6.6\" as the first line if this is a DicomEdit 6 script");

    // ---- DE1xxx: DicomEdit 6 lexer ----

    /// <summary>{0} = the character.</summary>
    public static readonly DiagnosticDescriptor UnexpectedCharacter = new("DE1001", W,
        "unexpected character '{0}': XNAT ignores it and reads on, which may change what the line means");

    public static readonly DiagnosticDescriptor UnterminatedString = new("DE1002", E,
        "unterminated string: a string needs a closing '\"' on the same line",
        "to continue a string on the next line end the line with a single '\\' (DicomEdit 6.6+)");

    /// <summary>{0} = the character after the backslash.</summary>
    public static readonly DiagnosticDescriptor InvalidEscape = new("DE1003", E,
        "'\\{0}' is not allowed in a DicomEdit 6 string: a backslash must be followed by \\, n, r, t, b, f, (, ) or three octal digits",
        "write a backslash as '\\\\' (the value then holds one backslash), e.g. \"\\\\d{{8}}\" for the regular expression \\d{{8}}");

    public static readonly DiagnosticDescriptor EscapedQuoteInString = new("DE1004", W,
        "'\\\"' inside a string is accepted by DicomEdit 6.0-6.3 only; the current DicomEdit 6 (XNAT 1.8+) rejects the script",
        "DicomEdit 6 strings cannot contain a double quote; use another character");

    public static readonly DiagnosticDescriptor CommentSwallowsLine = new("DE1005", W,
        "this line is ignored: the comment on the line before ends in '\\', which joins this line into the comment",
        "remove the '\\' at the end of the comment");

    // ---- DE2xxx: DicomEdit 6 parser ----

    /// <summary>{0} = what was found, {1} = what was expected.</summary>
    public static readonly DiagnosticDescriptor UnexpectedToken = new("DE2001", E,
        "unexpected {0}; expected {1}");

    /// <summary>{0} = what the target is ("the tag (0010,0010)"), {1} = the target text, {2} = the value text.</summary>
    public static readonly DiagnosticDescriptor EqualsInsteadOfAssign = new("DE2002", E,
        "expected ':=' after {0}; '=' compares values, ':=' assigns",
        "write {1} := {2} to assign, or add '? action' after the comparison to make it a condition");

    /// <summary>{0} = the text the user wrote.</summary>
    public static readonly DiagnosticDescriptor MalformedTag = new("DE2003", E,
        "'{0}' is not a tag",
        "a tag needs four hex digits in group and element, e.g. (0010,0010)");

    /// <summary>{0} = the tag, {1} = group, {2} = two low element digits.</summary>
    public static readonly DiagnosticDescriptor PrivateTagWithoutCreator = new("DE2004", E,
        "{0} is a private tag (odd group) written without its creator; DicomEdit 6 names private elements by their creator",
        "write ({1},{{CREATOR NAME}}{2}), or use delete[\"{0}\"] / set[\"{0}\", value] for a numeric private tag, or removeAllPrivateTags");

    /// <summary>{0} = the tag text.</summary>
    public static readonly DiagnosticDescriptor CreatorInPublicGroup = new("DE2005", E,
        "{0}: a private creator is only allowed in an odd (private) group",
        "a public (even group) tag is written (gggg,eeee) with four element digits");

    /// <summary>{0} = the text.</summary>
    public static readonly DiagnosticDescriptor WildcardInGroupParityDigit = new("DE2006", E,
        "'{0}' is not a tag: the fourth group digit decides public or private and cannot be X",
        "use @ (any even digit) for public groups, e.g. (60X@,3000), or # for private groups with a creator");

    /// <summary>{0} = the text.</summary>
    public static readonly DiagnosticDescriptor SpaceInsideTag = new("DE2007", E,
        "'{0}' is not a tag: no space is allowed after '(' or before ')' of a tag",
        "spaces are allowed only around the comma, e.g. (0008, 1030)");

    /// <summary>{0} = what was found, {1} = context.</summary>
    public static readonly DiagnosticDescriptor ExpectedValue = new("DE2008", E,
        "expected a value {1}, found {0}",
        "a value is a string \"…\", a number, a tag such as (0010,0010), a variable, a function call f[…] or a list {{…}}");

    /// <summary>{0} = the expected token, {1} = what was found, {2} = context.</summary>
    public static readonly DiagnosticDescriptor ExpectedToken = new("DE2009", E,
        "expected {0} {2}, found {1}");

    public static readonly DiagnosticDescriptor RemoveAllPrivateTagsWithBrackets = new("DE2010", E,
        "removeAllPrivateTags is a statement, not a function: it takes no '[ ]'",
        "write removeAllPrivateTags on its own");

    public static readonly DiagnosticDescriptor ElseIfTwoWords = new("DE2011", E,
        "'else if' is not DicomEdit: after else comes a block '{{ … }}'",
        "write elseif as one word: }} elseif (condition) {{");

    public static readonly DiagnosticDescriptor IfConditionNeedsParentheses = new("DE2012", E,
        "expected '(' after if: the condition of an if/elseif must be in parentheses",
        "write if (condition) {{ … }}");

    public static readonly DiagnosticDescriptor BlankLineInList = new("DE2013", E,
        "blank line inside a list: XNAT rejects the script",
        "a list may continue on the next line, but blank lines and comment-only lines are not allowed between its elements");

    /// <summary>{0} = the limit.</summary>
    public static readonly DiagnosticDescriptor NestingTooDeep = new("DE2014", E,
        "nesting deeper than {0} levels; the rest of the script was not read",
        "flatten the script: deeply nested blocks, lists or calls are not needed for anonymization");

    /// <summary>{0} = the word.</summary>
    public static readonly DiagnosticDescriptor ReservedWord = new("DE2015", E,
        "'{0}' is a reserved word and cannot be used as a name",
        "the reserved words are if elseif else describe hidden const immutable export echo removeAllPrivateTags version; choose another name");

    public static readonly DiagnosticDescriptor VersionNeedsString = new("DE2016", E,
        "expected the version in double quotes after version",
        "write version \"6.6\"");

    /// <summary>{0} = what was found.</summary>
    public static readonly DiagnosticDescriptor NotAnAction = new("DE2017", E,
        "{0} cannot be a branch of 'condition ? action : action'; a branch is one assignment, '?=', deletion, variable assignment, function call or echo",
        "use an if (condition) {{ … }} else {{ … }} block for anything else");

    /// <summary>{0} = what was found.</summary>
    public static readonly DiagnosticDescriptor ExpectedQuestionAfterCondition = new("DE2018", E,
        "expected '?' and an action after the condition, found {0}",
        "a condition is used as: condition ? action  or  condition ? action : otherAction");

    /// <summary>{0} = the token text (e.g. "(face"), {1} = the word.</summary>
    public static readonly DiagnosticDescriptor GroupTokenInsteadOfParen = new("DE2019", E,
        "'{0}' reads as the start of a tag: after '(' four characters from 0-9 a-f x @ # make a tag group",
        "put a space after '(': ( {1} …");

    public static readonly DiagnosticDescriptor InvalidItemNumber = new("DE2020", E,
        "expected an item number or '%' between '[' and ']', found {0}",
        "items are numbered from 0: (0008,1115)[0]/(0020,000E); [%] means any item");

    public static readonly DiagnosticDescriptor ExpectedBlock = new("DE2022", E,
        "expected '{{' to start the block {1}, found {0}",
        "the statements of an if/elseif/else go between braces: if (condition) {{ … }}");

    public static readonly DiagnosticDescriptor UnexpectedCloseBrace = new("DE2023", E,
        "unexpected '}}': there is no open block or list to close");

    public static readonly DiagnosticDescriptor HexWildcardAsName = new("DE2024", E,
        "'{0}' alone is a hex digit wildcard, not a name",
        "variables and functions cannot be called x or X; choose a longer name");

    /// <summary>{0} = what was found.</summary>
    public static readonly DiagnosticDescriptor ExpectedStatement = new("DE2025", E,
        "expected a statement, found {0}",
        "a statement is e.g. (0010,0010) := \"ANON\", -(0010,0030), name := value, f[…], echo value, if (…) {{ … }} or condition ? action");

    /// <summary>{0} = what was found.</summary>
    public static readonly DiagnosticDescriptor ExpectedTagPath = new("DE2026", E,
        "expected a tag path {1}, found {0}",
        "a tag path is e.g. (0010,0010), (0008,1115)[0]/(0020,000E), */(0010,0010) or (0019,{{SIEMENS MR HEADER}}10)");

    public static readonly DiagnosticDescriptor StatementsNeedSeparator = new("DE2027", E,
        "unexpected {0} after the end of the statement",
        "put each statement on its own line");

    public static readonly DiagnosticDescriptor UnterminatedBlock = new("DE2028", E,
        "the block opened here has no closing '}}'",
        "add '}}' after the last statement of the block");

    public static readonly DiagnosticDescriptor UnterminatedList = new("DE2029", E,
        "the list opened here has no closing '}}'",
        "a list is written {{ element, element }}; it may span lines, one element per line");

    /// <summary>{0} = the creator text.</summary>
    public static readonly DiagnosticDescriptor InvalidCreator = new("DE2030", E,
        "'{0}' is not a valid private creator in a tag",
        "a creator in (gggg,{{creator}}ee) starts with a letter and holds only letters, digits, spaces and - _ . :; it is followed by two element digits, e.g. (0019,{{SIEMENS MR HEADER}}10)");

    // ---- DE3xxx: checker ----

    /// <summary>{0} = the name.</summary>
    public static readonly DiagnosticDescriptor UnknownFunction = new("DE3001", E,
        "unknown function '{0}': XNAT refuses the script when it loads it");

    /// <summary>{0} = name, {1} = expected count text, {2} = given count.</summary>
    public static readonly DiagnosticDescriptor WrongArgumentCount = new("DE3002", E,
        "{0} takes {1}, but {2} given",
        "{3}");

    /// <summary>{0} = the path.</summary>
    public static readonly DiagnosticDescriptor NonSingularAssignmentTarget = new("DE3003", E,
        "{0} can never be assigned with ':=': a target must name exactly one element (no X/@/# digits, no *, + or ., no [%], an item number on every sequence)",
        "use '?=' to set every existing matching element, e.g. {0} ?= value");

    /// <summary>{0} = feature, {1} = version introduced, {2} = declared version.</summary>
    public static readonly DiagnosticDescriptor FeatureNewerThanVersion = new("DE3004", W,
        "{0} needs DicomEdit {1}, but the script declares version \"{2}\"; older XNAT servers reject it",
        "declare version \"{1}\" (or newer) if the XNAT servers that run this script support it");

    /// <summary>{0} = variable name.</summary>
    public static readonly DiagnosticDescriptor VariableNeverSet = new("DE3005", W,
        "variable '{0}' is used but never set by the script, and XNAT does not supply it: every object fails where it is read",
        "XNAT supplies only project, subject and session; set '{0}' with {0} := value before using it");

    /// <summary>{0} = the tag, {1} = its name, {2} = the consequence.</summary>
    public static readonly DiagnosticDescriptor DeletesRequiredUid = new("DE3006", W,
        "this deletes {0} {1}: {2}",
        "replace the UID instead of deleting it, e.g. {0} := hashUID[{0}]");

    /// <summary>{0} = the version string.</summary>
    public static readonly DiagnosticDescriptor UnknownVersionStatement = new("DE3007", E,
        "version \"{0}\" is not a DicomEdit 6 version; XNAT stops with 'Unsupported version' when it reaches this statement",
        "the DicomEdit 6 versions are 6.0 to 6.7");

    /// <summary>{0} = path.</summary>
    public static readonly DiagnosticDescriptor NonSingularValue = new("DE3008", E,
        "{0} can match several elements, so it cannot be read as one value",
        "a value must name one element: no X/@/# digits, no *, + or ., no [%]; functions such as collectValues[…] accept patterns");

    /// <summary>{0} = path.</summary>
    public static readonly DiagnosticDescriptor SequenceWithoutItemNumber = new("DE3009", W,
        "{0} reads through a sequence without an item number; DicomEdit fails every object here",
        "give the item, e.g. (0008,1115)[0]/(0020,000E)");

    /// <summary>{0} = name, {1} = constant.</summary>
    public static readonly DiagnosticDescriptor BooleanWithoutBrackets = new("DE3010", W,
        "'{0}' here is a variable that nothing sets, not the constant {0}",
        "write {0}[] for the constant (DicomEdit 6.7)");
}
