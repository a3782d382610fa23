using CodeAssure.Data.Entities;

namespace CodeAssure.Web.Trust;

/// <summary>What the portal's front page shows for one organisation.</summary>
/// <param name="Products">Every product with its support today.</param>
/// <param name="LatestAdvisories">The most recently revised published advisories.</param>
/// <param name="AdvisoryCount">How many advisories are published in all.</param>
/// <param name="Incidents">The most recent published incidents.</param>
/// <param name="Policy">The disclosure policy, if the organisation has one.</param>
/// <param name="Assessment">The latest signed-off self-assessment, if any.</param>
internal sealed record PortalOverview(
    IReadOnlyList<SupportStatus> Products,
    IReadOnlyList<Advisory> LatestAdvisories,
    int AdvisoryCount,
    IReadOnlyList<Incident> Incidents,
    DisclosurePolicy? Policy,
    PortalAssessment? Assessment);
