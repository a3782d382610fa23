using System.Globalization;
using System.Text;
using System.Text.Json;
using CodeAssure.Advisories.Csaf.Authoring;
using CodeAssure.Advisories.Csaf.Model;
using CodeAssure.Advisories.Csaf.Reading;
using CodeAssure.Advisories.Csaf.Validation;
using CodeAssure.Data;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Notifications;
using CodeAssure.Web.Tenancy;
using CodeAssure.Web.Validation;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Advisories;

/// <summary>
/// Writing and publishing an organisation's CSAF advisories. The advisory row keeps the CSAF document; its findings
/// are found again from the document's vulnerability ids and the row's products, so every recomposition (edit,
/// publish, revise) reflects the findings' current triage.
/// </summary>
internal sealed class AdvisoryService(CodeAssureDbContext db, TimeProvider time, NotificationQueue notifications)
{
    /// <summary>The most findings one advisory may be built from.</summary>
    public const int MaxFindings = 1000;

    private static readonly CsafValidator Validator = new();

    public async Task<List<Advisory>> ListAsync(TenantContext tenant, CancellationToken cancellationToken)
    {
        var rows = await db.Advisories.AsNoTracking().Where(a => a.OrganisationId == tenant.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.OrderByDescending(a => a.CurrentReleaseDate).ThenByDescending(a => a.TrackingId, StringComparer.Ordinal).ToList();
    }

    public Task<Advisory?> FindAsync(TenantContext tenant, Guid id, CancellationToken cancellationToken) =>
        db.Advisories.AsNoTracking().FirstOrDefaultAsync(a => a.OrganisationId == tenant.Id && a.Id == id, cancellationToken);

    /// <summary>The organisation's findings an advisory can be written from, newest first.</summary>
    public async Task<List<VulnerabilityFinding>> FindingsAsync(TenantContext tenant, CancellationToken cancellationToken)
    {
        var rows = await db.Findings.AsNoTracking().Where(f => f.OrganisationId == tenant.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.OrderByDescending(f => f.DetectedAt).Take(MaxFindings).ToList();
    }

    /// <summary>Creates a draft from the chosen findings (and the other findings of the same vulnerabilities in the same products).</summary>
    public async Task<Advisory> CreateDraftAsync(TenantContext tenant, Uri portal, string? title, string? summary, string? details, IReadOnlyCollection<Guid> findingIds, CancellationToken cancellationToken)
    {
        var text = ReadText(title, summary, details);
        if (findingIds.Count == 0)
        {
            throw new InvalidInputException("findingIds", "Choose at least one finding.");
        }

        if (findingIds.Count > MaxFindings)
        {
            throw new InvalidInputException("findingIds", $"An advisory is built from at most {MaxFindings} findings.");
        }

        var ids = findingIds.Distinct().ToList();
        var chosen = await db.Findings.AsNoTracking().Where(f => f.OrganisationId == tenant.Id && ids.Contains(f.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (chosen.Count != ids.Count)
        {
            throw new InvalidInputException("findingIds", "One or more findings do not exist in this organisation.");
        }

        var vulnerabilityIds = chosen.SelectMany(AdvisoryContentBuilder.AllIds).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var productIds = chosen.Select(f => f.ProductId).Distinct().ToList();
        var now = time.GetUtcNow();
        var trackingId = await NextTrackingIdAsync(tenant, now, cancellationToken).ConfigureAwait(false);
        var advisory = new Advisory
        {
            Id = Guid.NewGuid(),
            OrganisationId = tenant.Id,
            TrackingId = trackingId,
            Title = text.Title,
            Status = AdvisoryStatus.Draft,
            Version = "0.1.0",
            CsafJson = "{}",
            ProductIds = string.Join(' ', productIds.Select(p => p.ToString("D"))),
            CurrentReleaseDate = now,
            UpdatedAt = now,
        };
        var content = await ContentAsync(tenant, portal, advisory, text, vulnerabilityIds, AdvisoryRevisionHistory.StartDraft(now), isFinal: false, cancellationToken).ConfigureAwait(false);
        Apply(advisory, content, now);
        db.Advisories.Add(advisory);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return advisory;
    }

    /// <summary>Changes a draft's words and recomposes it from the findings' current state; null when there is no such draft.</summary>
    public async Task<Advisory?> UpdateDraftAsync(TenantContext tenant, Guid id, Uri portal, string? title, string? summary, string? details, CancellationToken cancellationToken)
    {
        var text = ReadText(title, summary, details);
        var advisory = await db.Advisories.FirstOrDefaultAsync(a => a.OrganisationId == tenant.Id && a.Id == id, cancellationToken).ConfigureAwait(false);
        if (advisory is null)
        {
            return null;
        }

        if (advisory.Status != AdvisoryStatus.Draft)
        {
            throw new InvalidInputException("status", "A published advisory is changed by revising it, with a summary of the change.");
        }

        var document = Read(advisory);
        var now = time.GetUtcNow();
        var content = await ContentAsync(tenant, portal, advisory, text, VulnerabilityIdsOf(document), AdvisoryRevisionHistory.UpdateDraft(document.Document.Tracking.RevisionHistory, now), isFinal: false, cancellationToken).ConfigureAwait(false);
        Apply(advisory, content, now);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return advisory;
    }

    /// <summary>Publishes a draft as version 1.0.0, or refuses with the CSAF validation failures.</summary>
    public Task<AdvisoryPublication?> PublishAsync(TenantContext tenant, Guid id, Uri portal, CancellationToken cancellationToken) =>
        ReleaseAsync(tenant, id, portal, revisionSummary: null, cancellationToken);

    /// <summary>Adds a revision to a published advisory, recomposed from the findings' current state.</summary>
    public Task<AdvisoryPublication?> ReviseAsync(TenantContext tenant, Guid id, Uri portal, string? summary, CancellationToken cancellationToken)
    {
        var text = Input.Required("summary", summary, 1000, "The revision summary");
        return ReleaseAsync(tenant, id, portal, text, cancellationToken);
    }

    /// <summary>The title, summary and details as the advisory's CSAF document holds them.</summary>
    public static AdvisoryText TextOf(Advisory advisory)
    {
        ArgumentNullException.ThrowIfNull(advisory);
        var document = Read(advisory);
        return new AdvisoryText(advisory.Title, NoteText(document, "summary"), NoteText(document, "details"));
    }

    /// <summary>The releases of the advisory's products, for VEX download links.</summary>
    public async Task<List<(Product Product, Release Release)>> ReleasesAsync(TenantContext tenant, Advisory advisory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(advisory);
        var productIds = ProductIdsOf(advisory);
        var products = await db.Products.AsNoTracking().Where(p => p.OrganisationId == tenant.Id && productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken).ConfigureAwait(false);
        var releases = await db.Releases.AsNoTracking().Where(r => r.OrganisationId == tenant.Id && productIds.Contains(r.ProductId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return releases.Where(r => products.ContainsKey(r.ProductId)).Select(r => (products[r.ProductId], r))
            .OrderBy(x => x.Item1.Name, StringComparer.Ordinal).ThenBy(x => x.r.Version, StringComparer.Ordinal).ToList();
    }

    /// <summary>Products and releases by id, to label findings when choosing them.</summary>
    public async Task<(Dictionary<Guid, Product> Products, Dictionary<Guid, Release> Releases)> CatalogueAsync(TenantContext tenant, CancellationToken cancellationToken)
    {
        var products = await db.Products.AsNoTracking().Where(p => p.OrganisationId == tenant.Id).ToDictionaryAsync(p => p.Id, cancellationToken).ConfigureAwait(false);
        var releases = await db.Releases.AsNoTracking().Where(r => r.OrganisationId == tenant.Id).ToDictionaryAsync(r => r.Id, cancellationToken).ConfigureAwait(false);
        return (products, releases);
    }

    /// <summary>Validates the advisory as it stands; the messages list every schema problem and failed mandatory test.</summary>
    public static IReadOnlyList<string> Problems(string csafJson)
    {
        var report = Validator.Validate(Encoding.UTF8.GetBytes(csafJson));
        return new[] { report.ReadError, report.TestsSkippedBecause }.OfType<string>()
            .Concat(report.SchemaProblems.Select(p => p.ToString()))
            .Concat(report.Findings.Where(f => f.Group == CsafTestGroup.Mandatory).Select(f => $"{f.TestId} {f.TestName} at {f.Path}: {f.Message}"))
            .ToList();
    }

    private async Task<AdvisoryPublication?> ReleaseAsync(TenantContext tenant, Guid id, Uri portal, string? revisionSummary, CancellationToken cancellationToken)
    {
        var advisory = await db.Advisories.FirstOrDefaultAsync(a => a.OrganisationId == tenant.Id && a.Id == id, cancellationToken).ConfigureAwait(false);
        if (advisory is null)
        {
            return null;
        }

        var revising = revisionSummary is not null;
        if (revising != (advisory.Status == AdvisoryStatus.Final))
        {
            throw new InvalidInputException("status", revising ? "Only a published advisory can be revised; publish the draft first." : "The advisory is already published; revise it instead.");
        }

        var document = Read(advisory);
        var now = time.GetUtcNow();
        var history = document.Document.Tracking.RevisionHistory;
        var revisions = revising ? AdvisoryRevisionHistory.Revise(history, now, revisionSummary!) : AdvisoryRevisionHistory.Publish(history, now);
        var text = new AdvisoryText(advisory.Title, NoteText(document, "summary"), NoteText(document, "details"));
        AdvisoryContent content;
        try
        {
            content = await ContentAsync(tenant, portal, advisory, text, VulnerabilityIdsOf(document), revisions, isFinal: true, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException e)
        {
            return new AdvisoryPublication(advisory, [e.Message]);
        }

        var json = AdvisoryComposer.ComposeJson(content);
        var problems = Problems(json);
        if (problems.Count > 0)
        {
            return new AdvisoryPublication(advisory, problems);
        }

        Apply(advisory, content, now);
        advisory.Status = AdvisoryStatus.Final;
        advisory.InitialReleaseDate = revisions[0].Date;
        Notify(tenant, advisory, content);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new AdvisoryPublication(advisory, []);
    }

    private void Notify(TenantContext tenant, Advisory advisory, AdvisoryContent content)
    {
        var link = $"/trust/{tenant.Slug}/advisories/{Uri.EscapeDataString(advisory.TrackingId)}";
        var csafUrl = content.SelfUrl?.AbsoluteUri;
        var products = ProductIdsOf(advisory);
        var payload = JsonSerializer.Serialize(new
        {
            trackingId = advisory.TrackingId,
            title = advisory.Title,
            version = advisory.Version,
            severity = advisory.AggregateSeverity,
            products = products.Select(p => p.ToString("D")).ToList(),
            csafUrl,
        });
        var summary = $"{advisory.TrackingId} version {advisory.Version}" + (advisory.AggregateSeverity is { } s ? $", severity {s}." : ".");
        foreach (var product in products)
        {
            notifications.Publish(tenant.Id, product, "advisory.published", advisory.Title, summary, link, payload);
        }
    }

    private async Task<AdvisoryContent> ContentAsync(TenantContext tenant, Uri portal, Advisory advisory, AdvisoryText text, IReadOnlySet<string> vulnerabilityIds, IReadOnlyList<Revision> revisions, bool isFinal, CancellationToken cancellationToken)
    {
        var productIds = ProductIdsOf(advisory);
        var candidates = await db.Findings.AsNoTracking()
            .Where(f => f.OrganisationId == tenant.Id && productIds.Contains(f.ProductId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var findings = candidates.Where(f => AdvisoryContentBuilder.AllIds(f).Any(vulnerabilityIds.Contains)).ToList();
        var products = await db.Products.AsNoTracking().Where(p => p.OrganisationId == tenant.Id && productIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, cancellationToken).ConfigureAwait(false);
        var releaseIds = findings.Select(f => f.ReleaseId).OfType<Guid>().Distinct().ToList();
        var releases = await db.Releases.AsNoTracking().Where(r => r.OrganisationId == tenant.Id && releaseIds.Contains(r.Id))
            .ToDictionaryAsync(r => r.Id, cancellationToken).ConfigureAwait(false);
        return AdvisoryContentBuilder.Build(tenant.Organisation, portal, advisory.TrackingId, text, findings, products, releases, revisions, isFinal);
    }

    private static void Apply(Advisory advisory, AdvisoryContent content, DateTimeOffset now)
    {
        advisory.Title = content.Title;
        advisory.CsafJson = AdvisoryComposer.ComposeJson(content);
        advisory.Version = content.Revisions[^1].Number!.Text;
        advisory.CurrentReleaseDate = content.Revisions[^1].Date;
        advisory.AggregateSeverity = AdvisoryComposer.AggregateSeverityOf(content);
        advisory.UpdatedAt = now;
    }

    private static CsafDocument Read(Advisory advisory) => new CsafReader().Read(Encoding.UTF8.GetBytes(advisory.CsafJson));

    private static HashSet<string> VulnerabilityIdsOf(CsafDocument document) =>
        (document.Vulnerabilities ?? [])
            .SelectMany(v => new[] { v.Cve }.Concat((v.Ids ?? []).Select(i => i.Text)))
            .OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static string? NoteText(CsafDocument document, string category) =>
        document.Document.Notes?.FirstOrDefault(n => n.Category == category)?.Text;

    private static List<Guid> ProductIdsOf(Advisory advisory) =>
        advisory.ProductIds.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => Guid.Parse(p, CultureInfo.InvariantCulture)).ToList();

    private async Task<string> NextTrackingIdAsync(TenantContext tenant, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"{tenant.Slug}-{now.UtcDateTime.Year}-");
        var taken = await db.Advisories.AsNoTracking().Where(a => a.OrganisationId == tenant.Id && a.TrackingId.StartsWith(prefix))
            .Select(a => a.TrackingId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var next = taken.Select(t => int.TryParse(t.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).DefaultIfEmpty(0).Max() + 1;
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}{next:0000}");
    }

    private static AdvisoryText ReadText(string? title, string? summary, string? details) => new(
        Input.Required("title", title, 500, "The title"),
        MultiLine("summary", summary, 4000, "The summary"),
        MultiLine("details", details, 20000, "The details"));

    // Summaries and details are paragraphs: line breaks are allowed, other control characters are not.
    private static string? MultiLine(string field, string? value, int maxLength, string label)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (trimmed.Length > maxLength)
        {
            throw new InvalidInputException(field, $"{label} must be at most {maxLength} characters.");
        }

        if (trimmed.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
        {
            throw new InvalidInputException(field, $"{label} must not contain control characters.");
        }

        return trimmed;
    }
}
