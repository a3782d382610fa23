namespace CodeAssure.Advisories.Csaf.Validation;

/// <summary>One test of CSAF 2.0 section 6, identified by its section number.</summary>
public abstract class CsafTest
{
    /// <summary>The section number, e.g. <c>6.1.1</c>.</summary>
    public abstract string Id { get; }

    /// <summary>The name used by the specification.</summary>
    public abstract string Name { get; }

    /// <summary>Mandatory (6.1), optional (6.2) or informative (6.3), from the id.</summary>
    public CsafTestGroup Group => Id.StartsWith("6.1.", StringComparison.Ordinal) ? CsafTestGroup.Mandatory
        : Id.StartsWith("6.2.", StringComparison.Ordinal) ? CsafTestGroup.Optional
        : CsafTestGroup.Informative;

    /// <summary>Runs the test; returns one finding per hit (none when the document passes).</summary>
    public abstract IEnumerable<CsafFinding> Run(CsafTestContext context);

    /// <summary>A finding of this test.</summary>
    protected CsafFinding Hit(string path, string message) => new(Id, Name, Group, path, message);
}
