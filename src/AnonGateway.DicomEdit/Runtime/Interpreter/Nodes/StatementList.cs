using AnonGateway.DicomEdit.Runtime.Values;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Runtime.Interpreter.Nodes;

/// <summary>Runs statements in order, checking the limits before each and locating any error at its statement.</summary>
internal static class StatementList
{
    public static void Run(PreparedStatement[] statements, EvaluationContext context)
    {
        foreach (var s in statements)
        {
            try
            {
                context.CheckLimits();
                s.Execute(context);
            }
            catch (ScriptEvaluationException ex) when (ex.StatementSpan is null)
            {
                ex.StatementSpan = s.Span;
                throw;
            }
            catch (Exception ex) when (ex is not (ScriptEvaluationException or OperationCanceledException or ScriptRejectedSignal))
            {
                // A bug of ours or of the data model must still fail the object as a located MizerException; the inner
                // exception's message is not shown (it might quote a value).
                throw new ScriptEvaluationException(RuntimeErrorCodes.InternalError,
                    $"internal error while running this statement ({ex.GetType().Name}); please report it with the script", ex) { StatementSpan = s.Span };
            }
        }
    }
}
