using System.Text;
using CodeAssure.Data.Entities;

namespace CodeAssure.Web.Lifecycle;

/// <summary>
/// The first draft of a customer notice about an incident (principle 4.3), in the order customers need it: what
/// happened, when, what is affected, what we are doing, what to do, whom to contact. People edit it before publishing.
/// </summary>
internal static class IncidentNoticeDraft
{
    public static string Write(Organisation organisation, Incident incident, IReadOnlyList<string> affectedProducts, string? contact)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(incident);
        var text = new StringBuilder();
        text.Append("What happened: ").Append(incident.Title).AppendLine(".");
        text.Append("When: it started on ").Append(IncidentMoment.Format(incident.StartedAt))
            .Append(" and we detected it on ").Append(IncidentMoment.Format(incident.DetectedAt)).AppendLine(".");
        text.Append("Affected products: ").AppendLine(affectedProducts.Count == 0 ? "none of our products is known to be affected." : string.Join(", ", affectedProducts) + ".");
        if (!string.IsNullOrWhiteSpace(incident.AffectedCustomers))
        {
            text.Append("Affected customers: ").Append(incident.AffectedCustomers).AppendLine(".");
        }

        text.Append("What we are doing: ").AppendLine(incident.Status switch
        {
            IncidentStatus.Resolved => $"the incident was resolved on {IncidentMoment.Format(incident.ResolvedAt ?? incident.UpdatedAt)}; we are reviewing what we can learn from it.",
            IncidentStatus.Contained => "the incident is contained and we are restoring normal service.",
            _ => "we are investigating and will update this notice as we learn more.",
        });
        text.AppendLine("What you should do: [say what customers should do, e.g. update to a fixed version, rotate credentials, or that no action is needed].");
        text.Append("Contact: ").Append(string.IsNullOrWhiteSpace(contact) ? $"[how to reach {organisation.Name}'s security team]" : contact).AppendLine(".");
        return text.ToString();
    }
}
