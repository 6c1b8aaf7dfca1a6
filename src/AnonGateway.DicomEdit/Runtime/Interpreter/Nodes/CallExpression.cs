using AnonGateway.DicomEdit.Runtime.Functions;
using AnonGateway.DicomEdit.Runtime.Values;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Runtime.Interpreter.Nodes;

/// <summary><c>name[args]</c> bound to its built-in at compile time; errors inside it are located at the call.</summary>
internal sealed class CallExpression(string name, ScriptFunction? function, PreparedExpression[] arguments, TextSpan span) : PreparedExpression(span)
{
    public string Name { get; } = name;

    public ScriptFunction? Function { get; } = function;

    public IReadOnlyList<PreparedExpression> Arguments => arguments;

    public override ScriptValue Evaluate(EvaluationContext context)
    {
        if (Function is null)
            throw new ScriptEvaluationException(RuntimeErrorCodes.UnknownFunction, $"there is no function named '{Name}' in DicomEdit 6") { Span = Span };
        if (arguments.Length < Function.MinArguments || arguments.Length > Function.MaxArguments)
            throw new ScriptEvaluationException(RuntimeErrorCodes.WrongArgumentCount, $"{Name} takes {Arity(Function)}, not {arguments.Length}") { Span = Span };
        var values = arguments.Length == 0 ? [] : new ScriptValue[arguments.Length];
        for (int i = 0; i < values.Length; i++) values[i] = arguments[i].Evaluate(context);
        try
        {
            return Function.Invoke(values, context);
        }
        catch (ScriptEvaluationException ex)
        {
            ex.Span ??= Span;
            throw;
        }
    }

    private static string Arity(ScriptFunction f) =>
        f.MaxArguments == int.MaxValue ? $"at least {f.MinArguments} argument(s)"
        : f.MinArguments == f.MaxArguments ? $"{f.MinArguments} argument(s)"
        : $"{f.MinArguments} to {f.MaxArguments} arguments";
}
