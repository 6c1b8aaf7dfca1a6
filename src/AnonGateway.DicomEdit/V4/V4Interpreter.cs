using System.Diagnostics;
using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.DicomEdit.Runtime;
using AnonGateway.DicomEdit.Runtime.Paths;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.V4;

/// <summary>One run of a DicomEdit 4 script on one object (spec §12.3): phase 1 evaluates every statement on the
/// untouched object and queues its action; phase 2 applies the queue from last to first.</summary>
/// <remarks>Variables are evaluated lazily (on first use) against the original object, and cached for this run only.</remarks>
internal sealed class V4Interpreter
{
    // Keys of the host's UID memo for "new UID"; distinct from DicomEdit 6 mapUID keys.
    private const string UidRoot = "2.25";

    private readonly V4CompiledScript _script;
    private readonly DicomDataset _dataset;
    private readonly ScriptContext _context;
    private readonly V4EvaluationContext _functions;
    private readonly SourceText _source;
    private readonly Dictionary<string, string?> _variables = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _evaluating = new(StringComparer.OrdinalIgnoreCase);
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public V4Interpreter(V4CompiledScript script, DicomDataset dataset, ScriptContext context)
    {
        _script = script;
        _dataset = dataset;
        _context = context;
        _source = script.Source;
        _functions = new V4EvaluationContext(context, script.Regexes);
    }

    public void Run()
    {
        BindHostVariables();
        var pending = new List<V4PendingEdit>();
        foreach (var statement in _script.Syntax.Statements)
        {
            CheckLimits(statement);
            try
            {
                Queue(statement, pending);
            }
            catch (V4FunctionException ex)
            {
                throw new MizerException(_source, statement.Span, ex.Code, ex.Message);
            }
        }
        // Last to first: for one tag, the first statement of the script has the last word.
        for (int i = pending.Count - 1; i >= 0; i--)
        {
            CheckLimits(pending[i].Statement);
            ApplyEdit(pending[i]);
        }
    }

    private void CheckLimits(V4Statement statement)
    {
        _context.CancellationToken.ThrowIfCancellationRequested();
        if (_clock.Elapsed > _context.Limits.ObjectTimeout)
            throw new MizerException(_source, statement.Span, V4Diagnostics.CancelledCode,
                $"the script took longer than its limit of {_context.Limits.ObjectTimeout.TotalSeconds:0.#} s on this object");
    }

    private void BindHostVariables()
    {
        var missing = new List<string>();
        foreach (var name in _script.Model.FirstUses.Values.OrderBy(r => r.Span.Start).Select(r => r.Name))
        {
            if (TryGetHostVariable(name, out var value)) _variables[name] = value;
            else missing.Add(name);
        }
        if (missing.Count == 0) return;
        var firstUse = missing.Select(n => _script.Model.FirstUses[n]).MinBy(r => r.Span.Start)!;
        var statement = _script.Syntax.Statements.FirstOrDefault(s => s.Span.Contains(firstUse.Span.Start));
        throw new MizerException(_source, statement?.Span ?? firstUse.Span, V4Diagnostics.MissingVariablesCode,
            $"Missing value for script-required variable(s): {string.Join(", ", missing)} (the host must supply them; XNAT supplies project, subject and session)");
    }

    private bool TryGetHostVariable(string name, out string value)
    {
        if (_context.Variables.TryGetValue(name, out var v)) { value = v; return true; }
        // DicomEdit 4 variable names ignore letter case.
        foreach (var (key, hostValue) in _context.Variables)
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase)) { value = hostValue; return true; }
        value = "";
        return false;
    }

    // ---- phase 1 ---------------------------------------------------------------------------------------------

    private void Queue(V4Statement statement, List<V4PendingEdit> pending)
    {
        V4Action? action = statement as V4Action;
        if (statement is V4ConstrainedStatement constrained)
        {
            foreach (var condition in constrained.Conditions)
                if (!Holds(condition)) return;
            action = constrained.Action;
        }
        switch (action)
        {
            case V4AssignmentStatement a:
                // An absent value assigns an empty one (DicomEdit 4 creates the element; DicomEdit 6 would not).
                pending.Add(new V4PendingEdit(statement, a.Target, Evaluate(a.Value) ?? "", false));
                break;
            case V4GeneratorStatement g:
                pending.Add(new V4PendingEdit(statement, g.Target, GenerateUid(g.Target), false));
                break;
            case V4DeletionStatement d:
                pending.Add(new V4PendingEdit(statement, d.Target, null, true));
                break;
            case V4EchoStatement e:
                pending.Add(new V4PendingEdit(statement, null, e.Value is null ? "" : Evaluate(e.Value) ?? "null", false));
                break;
        }
    }

    private string GenerateUid(V4TagTarget target)
    {
        var tag = new DicomTag(target.Pattern.Value);
        var original = ReadValue(tag);
        // The same original UID in the same tag gets the same new UID in every object (spec §12.5); an absent one
        // gets a fresh UID each time (there is nothing to keep consistent).
        return original is null ? Runtime.Uids.UidHasher.NewRandom() : _context.UidMap.Map(UidRoot, $"DE4 new UID {tag} {original}");
    }

    private bool Holds(V4Condition condition)
    {
        var left = Evaluate(condition.Left);
        var right = Evaluate(condition.Right);
        if (condition.Operator == V4ConditionOperator.Equals)
            return string.Equals(left, right, StringComparison.Ordinal); // two absent values are equal
        if (right is null) throw new V4FunctionException("the regular expression after '~' has no value (an absent attribute or variable)");
        if (left is null) return false;
        var regex = _functions.GetRegex(right, whole: true);
        return _functions.RunRegex(() => regex.IsMatch(left));
    }

    private string? Evaluate(V4Expression expression) => expression switch
    {
        V4StringLiteral s => s.Value,
        V4NumberLiteral n => n.Text,
        V4TagReference t => ReadValue(t.Tag),
        V4VariableReference v => Variable(v),
        V4FunctionCall call => Call(V4FunctionCatalog.Find(call.Name)!, call.Arguments),
        V4FormatShorthand f => Call(V4FunctionCatalog.Format, [f.Pattern, .. f.Arguments]),
        _ => throw new UnreachableException("a script with syntax errors is never compiled"),
    };

    private string? Call(V4Function function, IReadOnlyList<V4Expression> arguments)
    {
        var values = new string?[arguments.Count];
        for (int i = 0; i < values.Length; i++) values[i] = Evaluate(arguments[i]);
        return function.Invoke(values, _functions);
    }

    private string? Variable(V4VariableReference reference)
    {
        if (_variables.TryGetValue(reference.Name, out var value)) return value;
        var init = _script.Model.Variables[reference.Name];
        if (!_evaluating.Add(reference.Name)) throw new UnreachableException("the checker rejects cyclic variables");
        try
        {
            value = Evaluate(init.Value);
        }
        catch (V4FunctionException ex)
        {
            // Point at the variable's definition, where the failing expression is.
            throw new MizerException(_source, init.Span, ex.Code, $"{ex.Message} (while computing variable {init.Name})");
        }
        finally
        {
            _evaluating.Remove(reference.Name);
        }
        _variables[reference.Name] = value;
        return value;
    }

    /// <summary>The original top-level value of <paramref name="tag"/>: null when absent, multiple values joined with \.</summary>
    private string? ReadValue(DicomTag tag)
    {
        var element = _dataset.Get(tag);
        if (element is null) return null;
        if (element is not DicomValueElement)
            throw new V4FunctionException(
                $"{tag} is {(element is DicomSequence ? "a sequence" : "encapsulated pixel data")}; DicomEdit 4 cannot read it as a value",
                V4Diagnostics.NotAValueCode);
        return ElementText.Read(_dataset, element);
    }

    // ---- phase 2 ---------------------------------------------------------------------------------------------

    private void ApplyEdit(V4PendingEdit edit)
    {
        if (edit.Target is null)
        {
            _context.Echo?.Write(edit.Value);
            return;
        }
        var pattern = edit.Target.Pattern;
        if (edit.IsDeletion)
        {
            if (edit.Target.IsPattern) _dataset.RemoveAll(e => pattern.Matches(_dataset, e.Tag));
            else _dataset.Remove(new DicomTag(pattern.Value));
            return;
        }
        if (!edit.Target.IsPattern)
        {
            Write(edit, new DicomTag(pattern.Value));
            return;
        }
        // A pattern assigns every attribute that exists when the assignment is applied; it never creates one.
        foreach (var element in _dataset.Elements.Where(e => pattern.Matches(_dataset, e.Tag)).ToArray())
            Write(edit, element.Tag);
    }

    private void Write(V4PendingEdit edit, DicomTag tag)
    {
        var vr = TargetVR(tag);
        try
        {
            ElementText.Write(_dataset, tag, vr, edit.Value!);
        }
        catch (ScriptEvaluationException ex)
        {
            throw new MizerException(_source, edit.Statement.Span, V4Diagnostics.InvalidValueCode, ex.Message);
        }
    }

    /// <summary>The existing element's VR; for a new (or UN) element the dictionary's, else LO (spec §12.3).</summary>
    private DicomVR TargetVR(DicomTag tag)
    {
        var existing = _dataset.Get(tag);
        if (existing is not null && existing.VR is not (DicomVR.UN or DicomVR.None)) return existing.VR;
        var vr = DicomDictionary.VROf(tag);
        return vr is DicomVR.UN or DicomVR.None ? DicomVR.LO : vr;
    }
}
