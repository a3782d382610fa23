namespace CodeAssure.Web.Suppliers;

/// <summary>What one read of a supplier's portal did.</summary>
/// <param name="AdvisoriesRead">CSAF documents read (new or changed).</param>
/// <param name="AlertsRaised">Alerts raised.</param>
/// <param name="Problems">What went wrong, one line each (empty on success).</param>
internal sealed record SupplierSyncResult(int AdvisoriesRead, int AlertsRaised, IReadOnlyList<string> Problems)
{
    /// <summary>Whether everything was read.</summary>
    public bool Succeeded => Problems.Count == 0;
}
