using CodeAssure.Data.Entities;

namespace CodeAssure.Web.Lifecycle;

/// <summary>An incident with its timeline (oldest first) and the names of the products it affects.</summary>
internal sealed record IncidentDetails(Incident Incident, IReadOnlyList<IncidentTimelineEntry> Timeline, IReadOnlyList<Product> AffectedProducts);
