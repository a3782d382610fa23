using System.Globalization;
using CodeAssure.Data;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Triage;

/// <summary>
/// Queues one email per finding when it becomes overdue: to its assignee, or to the organisation's Owners while nobody
/// is assigned. A <see cref="FindingOverdueNotice"/> row (keyed by the finding) is saved with the emails, so a finding
/// is notified once even when several server instances run this at the same time.
/// </summary>
internal sealed class OverdueNotifier(CodeAssureDbContext db, TimeProvider time, NotificationQueue queue, FindingService findings)
{
    /// <summary>Runs one pass over every organisation; returns how many findings were notified.</summary>
    public async Task<int> NotifyAsync(CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Slug }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var notified = 0;
        foreach (var organisation in organisations)
        {
            await findings.EnsureDueDatesAsync(organisation.Id, cancellationToken).ConfigureAwait(false);
            notified += await NotifyOrganisationAsync(organisation.Id, organisation.Slug, cancellationToken).ConfigureAwait(false);
        }

        return notified;
    }

    private async Task<int> NotifyOrganisationAsync(Guid organisationId, string slug, CancellationToken cancellationToken)
    {
        var candidates = await db.Findings.AsNoTracking()
            .Where(f => f.OrganisationId == organisationId && f.DueAt != null
                && (f.Status == FindingStatus.UnderInvestigation || f.Status == FindingStatus.Affected)
                && !db.FindingOverdueNotices.Any(n => n.FindingId == f.Id))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var overdue = candidates.Where(f => FindingWorkflow.IsOverdue(f, now)).ToList();
        if (overdue.Count == 0)
        {
            return 0;
        }

        var owners = await db.Memberships.AsNoTracking().Where(m => m.OrganisationId == organisationId && m.Role == OrganisationRole.Owner)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => u.Email).OfType<string>().ToListAsync(cancellationToken).ConfigureAwait(false);
        var assigneeIds = overdue.Select(f => f.AssigneeUserId).OfType<string>().Distinct().ToList();
        var assignees = await db.Users.AsNoTracking().Where(u => assigneeIds.Contains(u.Id)).Select(u => new { u.Id, u.Email })
            .ToDictionaryAsync(u => u.Id, u => u.Email, cancellationToken).ConfigureAwait(false);
        foreach (var finding in overdue)
        {
            var to = finding.AssigneeUserId is { } a && assignees.GetValueOrDefault(a) is { } email ? [email] : owners;
            foreach (var address in to)
            {
                queue.Email(organisationId, address, Subject(finding), Body(finding, slug));
            }

            db.FindingOverdueNotices.Add(new FindingOverdueNotice
            {
                FindingId = finding.Id,
                OrganisationId = organisationId,
                DueAt = finding.DueAt!.Value,
                NotifiedAt = now,
            });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Another instance notified some of these first; its notices stand and ours roll back, emails included.
            db.ChangeTracker.Clear();
            return 0;
        }

        return overdue.Count;
    }

    private static string Subject(VulnerabilityFinding f) =>
        $"Overdue: {f.VulnerabilityId} ({TriageNames.Name(f.Severity)}) was due {Day(f.DueAt!.Value)}";

    private static string Body(VulnerabilityFinding f, string slug) =>
        $"""
        The finding {f.VulnerabilityId}{(f.PackageUrl is null ? "" : " in " + f.PackageUrl)} is past its remediation deadline.

        Severity: {TriageNames.Name(f.Severity)}
        Status: {TriageNames.Name(f.Status)}
        Detected: {Day(f.DetectedAt)}
        Due: {Day(f.DueAt!.Value)}

        Triage it at /orgs/{slug}/findings/{f.Id}
        """;

    private static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
