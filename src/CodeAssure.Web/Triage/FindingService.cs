using System.Globalization;
using CodeAssure.Data;
using CodeAssure.Data.Entities;
using CodeAssure.Sbom.PackageUrls;
using CodeAssure.Vulnerabilities.Cvss;
using CodeAssure.Web.Tenancy;
using CodeAssure.Web.Validation;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Triage;

/// <summary>
/// Vulnerability triage (principles 3.3 and 3.5): lists, manual entry, VEX status moves, assignment, comments and the
/// SLA policy. Every query is filtered by the tenant, so another organisation's findings never match (404).
/// </summary>
internal sealed class FindingService(CodeAssureDbContext db, TimeProvider time)
{
    public const int MaxCommentLength = 4000;

    /// <summary>Lists stop here; narrow the filter to see the rest.</summary>
    public const int MaxListed = 1000;

    public async Task<SlaDays> PolicyAsync(Guid organisationId, CancellationToken cancellationToken) =>
        SlaDays.From(await db.SlaPolicies.AsNoTracking().FirstOrDefaultAsync(p => p.OrganisationId == organisationId, cancellationToken).ConfigureAwait(false));

    /// <summary>Saves the policy (Owner only; the caller checks) and moves the due dates of every open finding to it.</summary>
    public async Task<SlaDays> UpdatePolicyAsync(TenantContext tenant, SlaDays days, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(days);
        var now = time.GetUtcNow();
        var policy = await db.SlaPolicies.FirstOrDefaultAsync(p => p.OrganisationId == tenant.Id, cancellationToken).ConfigureAwait(false);
        if (policy is null)
        {
            policy = new SlaPolicy { OrganisationId = tenant.Id };
            db.SlaPolicies.Add(policy);
        }

        (policy.CriticalDays, policy.HighDays, policy.MediumDays, policy.LowDays, policy.UnknownDays, policy.UpdatedAt) =
            (days.Critical, days.High, days.Medium, days.Low, days.Unknown, now);

        // Resolved findings keep the deadline they were measured against, so past SLA compliance does not change.
        var open = await db.Findings.Where(f => f.OrganisationId == tenant.Id
                && (f.Status == FindingStatus.UnderInvestigation || f.Status == FindingStatus.Affected))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var finding in open)
        {
            var due = days.DueFor(finding);
            if (finding.DueAt != due)
            {
                finding.DueAt = due;
                finding.UpdatedAt = now;
            }
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return days;
    }

    /// <summary>Gives every finding of the organisation that has no due date one from the policy (findings raised elsewhere arrive without).</summary>
    public async Task<int> EnsureDueDatesAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        var missing = await db.Findings.Where(f => f.OrganisationId == organisationId && f.DueAt == null).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (missing.Count == 0)
        {
            return 0;
        }

        var days = await PolicyAsync(organisationId, cancellationToken).ConfigureAwait(false);
        foreach (var finding in missing)
        {
            finding.DueAt = days.DueFor(finding);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return missing.Count;
    }

    public async Task<IReadOnlyList<FindingSummary>> ListAsync(TenantContext tenant, FindingFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await EnsureDueDatesAsync(tenant.Id, cancellationToken).ConfigureAwait(false);
        var query = db.Findings.AsNoTracking().Where(f => f.OrganisationId == tenant.Id);
        if (filter.ProductId is { } product)
        {
            query = query.Where(f => f.ProductId == product);
        }

        if (filter.ReleaseId is { } release)
        {
            query = query.Where(f => f.ReleaseId == release);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(f => f.Status == status);
        }

        if (filter.OpenOnly || filter.OverdueOnly)
        {
            query = query.Where(f => f.Status == FindingStatus.UnderInvestigation || f.Status == FindingStatus.Affected);
        }

        if (filter.Severity is { } severity)
        {
            query = query.Where(f => f.Severity == severity);
        }

        if (filter.Assignee is { } assignee)
        {
            if (string.Equals(assignee, FindingFilter.Unassigned, StringComparison.OrdinalIgnoreCase))
            {
                query = query.Where(f => f.AssigneeUserId == null);
            }
            else
            {
                var userId = await UserIdOfAsync(assignee, cancellationToken).ConfigureAwait(false);
                query = query.Where(f => f.AssigneeUserId == userId);
            }
        }

        // SQLite cannot compare or order DateTimeOffset, so dates are filtered and sorted here.
        var rows = await query.ToListAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        if (filter.OverdueOnly)
        {
            rows = rows.Where(f => FindingWorkflow.IsOverdue(f, now)).ToList();
        }

        var ordered = rows
            .OrderByDescending(f => FindingWorkflow.IsOverdue(f, now))
            .ThenByDescending(f => FindingWorkflow.IsOpen(f))
            .ThenByDescending(f => f.Severity)
            .ThenBy(f => f.DueAt)
            .ThenBy(f => f.VulnerabilityId, StringComparer.Ordinal)
            .Take(MaxListed)
            .ToList();
        return await SummariseAsync(tenant, ordered, now, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The metrics over every finding of the organisation (see <see cref="TriageMetrics"/>).</summary>
    public async Task<TriageFigures> MetricsAsync(TenantContext tenant, int windowDays, CancellationToken cancellationToken)
    {
        await EnsureDueDatesAsync(tenant.Id, cancellationToken).ConfigureAwait(false);
        var all = await db.Findings.AsNoTracking().Where(f => f.OrganisationId == tenant.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return TriageMetrics.Compute(all, time.GetUtcNow(), windowDays);
    }

    public async Task<FindingSummary?> FindAsync(TenantContext tenant, Guid id, CancellationToken cancellationToken)
    {
        await EnsureDueDatesAsync(tenant.Id, cancellationToken).ConfigureAwait(false);
        var finding = await db.Findings.AsNoTracking().FirstOrDefaultAsync(f => f.OrganisationId == tenant.Id && f.Id == id, cancellationToken).ConfigureAwait(false);
        return finding is null ? null : (await SummariseAsync(tenant, [finding], time.GetUtcNow(), cancellationToken).ConfigureAwait(false))[0];
    }

    public async Task<VulnerabilityFinding> CreateAsync(TenantContext tenant, NewFinding input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!Guid.TryParse(input.ProductId?.Trim(), out var productId) ||
            !await db.Products.AnyAsync(p => p.OrganisationId == tenant.Id && p.Id == productId, cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidInputException("productId", "Choose a product of this organisation.");
        }

        Guid? releaseId = null;
        if (!string.IsNullOrWhiteSpace(input.ReleaseId))
        {
            if (!Guid.TryParse(input.ReleaseId.Trim(), out var parsed) ||
                !await db.Releases.AnyAsync(r => r.OrganisationId == tenant.Id && r.ProductId == productId && r.Id == parsed, cancellationToken).ConfigureAwait(false))
            {
                throw new InvalidInputException("releaseId", "The release must be one of the chosen product's releases.");
            }

            releaseId = parsed;
        }

        var vulnerabilityId = Input.Required("vulnerabilityId", input.VulnerabilityId, 100, "The vulnerability id");
        if (vulnerabilityId.Any(char.IsWhiteSpace))
        {
            throw new InvalidInputException("vulnerabilityId", "The vulnerability id must not contain spaces (e.g. CVE-2024-3094 or GHSA-…).");
        }

        var aliases = Input.Optional("aliases", input.Aliases, 1000, "The aliases") is { } aliasText
            ? string.Join(' ', aliasText.Split([' ', ',', ';', '\t'], StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.OrdinalIgnoreCase))
            : null;
        var purlText = Input.Optional("packageUrl", input.PackageUrl, 1000, "The package URL");
        if (purlText is not null && !PackageUrl.TryParse(purlText, out _))
        {
            throw new InvalidInputException("packageUrl", "The package URL is not valid (expected pkg:type/namespace/name@version, e.g. pkg:npm/lodash@4.17.20).");
        }

        var (severity, vector, score) = Rate(input.Severity, input.CvssVector);
        if (await db.Findings.AnyAsync(f => f.OrganisationId == tenant.Id && f.ProductId == productId && f.ReleaseId == releaseId
                && f.VulnerabilityId == vulnerabilityId && f.PackageUrl == purlText, cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidInputException("vulnerabilityId", $"{vulnerabilityId} is already recorded for this release and component.");
        }

        var assignee = string.IsNullOrWhiteSpace(input.Assignee) ? null : await AssigneeAsync(tenant, input.Assignee, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var finding = new VulnerabilityFinding
        {
            Id = Guid.NewGuid(),
            OrganisationId = tenant.Id,
            ProductId = productId,
            ReleaseId = releaseId,
            VulnerabilityId = vulnerabilityId,
            Aliases = aliases,
            Summary = Input.Optional("summary", input.Summary, 1000, "The summary"),
            PackageUrl = purlText,
            Severity = severity,
            CvssVector = vector,
            CvssScore = score,
            Source = FindingSource.Manual,
            Status = FindingStatus.UnderInvestigation,
            AssigneeUserId = assignee,
            DetectedAt = now,
            UpdatedAt = now,
        };
        finding.DueAt = (await PolicyAsync(tenant.Id, cancellationToken).ConfigureAwait(false)).DueFor(finding);
        db.Findings.Add(finding);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return finding;
    }

    /// <summary>Applies a triage step; null when the finding is not the organisation's.</summary>
    public async Task<VulnerabilityFinding?> ChangeAsync(TenantContext tenant, Guid id, FindingChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var finding = await db.Findings.FirstOrDefaultAsync(f => f.OrganisationId == tenant.Id && f.Id == id, cancellationToken).ConfigureAwait(false);
        if (finding is null)
        {
            return null;
        }

        var status = TriageNames.ParseOptionalStatus("status", change.Status);
        if (status is null && change.Assignee is null)
        {
            throw new InvalidInputException("status", "Nothing to change: give a status, an assignee, or both.");
        }

        if (status is null && (change.Justification ?? change.StatusDetail ?? change.FixedInVersion) is not null)
        {
            throw new InvalidInputException("status", "A justification, statement or fixed version comes with a status.");
        }

        var now = time.GetUtcNow();
        if (status is { } to)
        {
            Transition(finding, to, change, now);
        }

        if (change.Assignee is not null)
        {
            finding.AssigneeUserId = string.IsNullOrWhiteSpace(change.Assignee) ? null : await AssigneeAsync(tenant, change.Assignee, cancellationToken).ConfigureAwait(false);
        }

        finding.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return finding;
    }

    public async Task<IReadOnlyList<FindingCommentView>> CommentsAsync(TenantContext tenant, Guid findingId, CancellationToken cancellationToken)
    {
        var comments = await db.FindingComments.AsNoTracking().Where(c => c.OrganisationId == tenant.Id && c.FindingId == findingId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var authors = await EmailsAsync(comments.Select(c => c.AuthorId), cancellationToken).ConfigureAwait(false);
        return comments.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Select(c => new FindingCommentView(c.Id, authors.GetValueOrDefault(c.AuthorId, c.AuthorId), c.Text, c.CreatedAt))
            .ToList();
    }

    /// <summary>Adds a plain-text comment; null when the finding is not the organisation's.</summary>
    public async Task<FindingComment?> CommentAsync(TenantContext tenant, Guid findingId, string authorId, string? text, CancellationToken cancellationToken)
    {
        if (!await db.Findings.AnyAsync(f => f.OrganisationId == tenant.Id && f.Id == findingId, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var comment = new FindingComment
        {
            Id = Guid.NewGuid(),
            OrganisationId = tenant.Id,
            FindingId = findingId,
            AuthorId = authorId,
            Text = CommentText(text),
            CreatedAt = time.GetUtcNow(),
        };
        db.FindingComments.Add(comment);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return comment;
    }

    public async Task<IReadOnlyList<AssignableMember>> AssignableAsync(TenantContext tenant, CancellationToken cancellationToken)
    {
        var members = await db.Memberships.AsNoTracking()
            .Where(m => m.OrganisationId == tenant.Id && m.Role >= OrganisationRole.Engineer)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m.UserId, u.Email, m.Role })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return members.Select(m => new AssignableMember(m.UserId, m.Email ?? m.UserId, m.Role)).OrderBy(m => m.Email, StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>Comments keep line breaks and tabs but no other control characters; they are shown as text, never markup.</summary>
    internal static string CommentText(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new InvalidInputException("text", "The comment is empty.");
        }

        if (trimmed.Length > MaxCommentLength)
        {
            throw new InvalidInputException("text", $"A comment must be at most {MaxCommentLength} characters (this one has {trimmed.Length}).");
        }

        if (trimmed.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
        {
            throw new InvalidInputException("text", "The comment must not contain control characters.");
        }

        return trimmed;
    }

    private static void Transition(VulnerabilityFinding finding, FindingStatus to, FindingChange change, DateTimeOffset now)
    {
        if (FindingWorkflow.Refusal(finding.Status, to) is { } refusal)
        {
            throw new InvalidInputException("status", refusal);
        }

        if (to != FindingStatus.NotAffected && !string.IsNullOrWhiteSpace(change.Justification))
        {
            throw new InvalidInputException("justification", "A justification is only given for not_affected.");
        }

        if (to != FindingStatus.Fixed && !string.IsNullOrWhiteSpace(change.FixedInVersion))
        {
            throw new InvalidInputException("fixedInVersion", "A fixed version is only given for fixed.");
        }

        var detail = Input.Optional("statusDetail", change.StatusDetail, 4000, "The statement");
        switch (to)
        {
            case FindingStatus.NotAffected:
                finding.Justification = VexJustification.Parse("justification", change.Justification);
                break;
            case FindingStatus.Affected when detail is null:
                // OpenVEX requires an action statement for affected: what users should do until a fix ships.
                throw new InvalidInputException("statusDetail", "Affected needs an action statement: what users should do (e.g. upgrade, a workaround).");
            case FindingStatus.Fixed:
                if (Input.Optional("fixedInVersion", change.FixedInVersion, 100, "The fixed version") is { } version)
                {
                    finding.FixedInVersion = version.Any(char.IsWhiteSpace)
                        ? throw new InvalidInputException("fixedInVersion", "The fixed version must not contain spaces.")
                        : version;
                }

                break;
        }

        if (to != FindingStatus.NotAffected)
        {
            finding.Justification = null;
        }

        finding.Status = to;
        finding.StatusDetail = detail;
        finding.ResolvedAt = FindingWorkflow.IsOpen(to) ? null : now;
    }

    private static (FindingSeverity Severity, string? Vector, double? Score) Rate(string? severityText, string? vectorText)
    {
        var stated = TriageNames.ParseOptionalSeverity("severity", severityText);
        var vectorInput = Input.Optional("cvssVector", vectorText, CvssVector.MaxLength, "The CVSS vector");
        if (vectorInput is null)
        {
            return (stated ?? FindingSeverity.Unknown, null, null);
        }

        if (!CvssVector.TryParse(vectorInput, out var vector))
        {
            throw new InvalidInputException("cvssVector", "The CVSS vector is not valid (e.g. CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H).");
        }

        var rated = vector.Severity switch
        {
            CvssSeverity.Critical => FindingSeverity.Critical,
            CvssSeverity.High => FindingSeverity.High,
            CvssSeverity.Medium => FindingSeverity.Medium,
            CvssSeverity.Low => FindingSeverity.Low,
            _ => FindingSeverity.None,
        };
        if (stated is { } s && s != rated)
        {
            throw new InvalidInputException("severity",
                $"The severity {TriageNames.Name(s)} contradicts the CVSS vector, which scores {vector.Score.ToString("0.0", CultureInfo.InvariantCulture)} ({TriageNames.Name(rated)}); leave the severity empty.");
        }

        return (rated, vector.VectorString, vector.Score);
    }

    /// <summary>The user id of a member with Engineer or higher, named by email or id; anyone else is refused alike.</summary>
    private async Task<string> AssigneeAsync(TenantContext tenant, string emailOrId, CancellationToken cancellationToken)
    {
        var text = Input.Required("assignee", emailOrId, 256, "The assignee");
        var userId = await UserIdOfAsync(text, cancellationToken).ConfigureAwait(false);
        var eligible = userId is not null && await db.Memberships.AnyAsync(
            m => m.OrganisationId == tenant.Id && m.UserId == userId && m.Role >= OrganisationRole.Engineer, cancellationToken).ConfigureAwait(false);
        return eligible
            ? userId!
            : throw new InvalidInputException("assignee", "The assignee must be a member of this organisation with the Engineer role or higher.");
    }

    private async Task<string?> UserIdOfAsync(string emailOrId, CancellationToken cancellationToken)
    {
        var normalised = emailOrId.Trim().ToUpperInvariant();
        return await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == normalised || u.Id == emailOrId.Trim())
            .Select(u => u.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<Dictionary<string, string>> EmailsAsync(IEnumerable<string?> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.Email }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return users.ToDictionary(u => u.Id, u => u.Email ?? u.Id, StringComparer.Ordinal);
    }

    private async Task<IReadOnlyList<FindingSummary>> SummariseAsync(TenantContext tenant, IReadOnlyList<VulnerabilityFinding> findings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var products = await db.Products.AsNoTracking().Where(p => p.OrganisationId == tenant.Id).Select(p => new { p.Id, p.Name })
            .ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken).ConfigureAwait(false);
        var releaseIds = findings.Select(f => f.ReleaseId).OfType<Guid>().Distinct().ToList();
        var releases = releaseIds.Count == 0
            ? []
            : await db.Releases.AsNoTracking().Where(r => r.OrganisationId == tenant.Id && releaseIds.Contains(r.Id)).Select(r => new { r.Id, r.Version })
                .ToDictionaryAsync(r => r.Id, r => r.Version, cancellationToken).ConfigureAwait(false);
        var emails = await EmailsAsync(findings.Select(f => f.AssigneeUserId), cancellationToken).ConfigureAwait(false);
        return findings.Select(f => new FindingSummary(
                f,
                products.GetValueOrDefault(f.ProductId, "(deleted product)"),
                f.ReleaseId is { } r ? releases.GetValueOrDefault(r) : null,
                f.AssigneeUserId is { } a ? emails.GetValueOrDefault(a, a) : null,
                FindingWorkflow.IsOverdue(f, now)))
            .ToList();
    }
}
