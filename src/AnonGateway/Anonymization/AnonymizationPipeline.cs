using AnonGateway.Dicom.Data;
using AnonGateway.DicomEdit;
using AnonGateway.DicomEdit.Runtime.Uids;
using AnonGateway.Routing;

namespace AnonGateway.Anonymization;

/// <summary>The chain every received object goes through: the site-wide script, then the route's project script, with
/// XNAT's host variables. The data set is edited in place; after a failure it is partly edited and must be discarded.</summary>
public sealed class AnonymizationPipeline
{
    private readonly ScriptFile? _site;
    private readonly IReadOnlyDictionary<string, ScriptFile> _projectScripts;
    private readonly IReadOnlyDictionary<string, LookupTable> _lookups;
    private readonly UidMap _uidMap = new();

    /// <param name="site">The site-wide script, or null.</param>
    /// <param name="projectScripts">Project scripts by route name (routes without one are absent).</param>
    /// <param name="lookups">The <c>lookup</c> tables by route name (routes without one are absent), or null for none.</param>
    public AnonymizationPipeline(ScriptFile? site, IReadOnlyDictionary<string, ScriptFile> projectScripts, IReadOnlyDictionary<string, LookupTable>? lookups = null)
    {
        _site = site;
        _projectScripts = projectScripts ?? throw new ArgumentNullException(nameof(projectScripts));
        _lookups = lookups ?? new Dictionary<string, LookupTable>();
    }

    /// <summary>Every loaded lookup table (for reloading).</summary>
    public IEnumerable<LookupTable> LookupTables => _lookups.Values.Distinct();

    /// <summary>Every loaded script (for reloading).</summary>
    public IEnumerable<ScriptFile> Scripts => _site is null ? _projectScripts.Values : _projectScripts.Values.Prepend(_site);

    /// <summary>The host variables of <paramref name="route"/> for <paramref name="dataset"/>: the route's own, then
    /// <c>subject</c>/<c>session</c> derived as XNAT's classic identifier does, and <c>project</c> "Unassigned" when the
    /// route names none (what XNAT files an object under when it cannot tell the project).</summary>
    public static Dictionary<string, string> VariablesFor(Route route, DicomDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(route);
        var vars = new Dictionary<string, string>(route.Options.Variables, StringComparer.Ordinal);
        if (!vars.ContainsKey("project")) vars["project"] = "Unassigned";
        if (!vars.ContainsKey("subject") && XnatIdentifiers.Subject(dataset) is { } subject) vars["subject"] = subject;
        if (!vars.ContainsKey("session") && XnatIdentifiers.Session(dataset) is { } session) vars["session"] = session;
        return vars;
    }

    /// <summary>Runs the chain on <paramref name="dataset"/> (edited in place).</summary>
    public AnonymizationResult Run(DicomDataset dataset, Route route, TextWriter? echo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(route);
        var context = new ScriptContext
        {
            Variables = VariablesFor(route, dataset),
            Echo = echo,
            CancellationToken = cancellationToken,
            UidMap = _uidMap,
            Lookup = _lookups.GetValueOrDefault(route.Name),
        };
        ScriptFile?[] chain = [_site, _projectScripts.GetValueOrDefault(route.Name)];
        foreach (var script in chain)
        {
            if (script is null) continue;
            try
            {
                if (script.Current.Apply(dataset, context) == ScriptOutcome.Rejected)
                    return new AnonymizationResult(AnonymizationOutcome.Rejected, script.Path);
            }
            catch (MizerException ex)
            {
                return new AnonymizationResult(AnonymizationOutcome.Failed, script.Path, ex);
            }
        }
        return new AnonymizationResult(AnonymizationOutcome.Written);
    }
}
