using System.Globalization;
using System.Text.Json;
using CodeAssure.Data;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Notifications;
using CodeAssure.Web.Tenancy;
using CodeAssure.Web.Validation;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Lifecycle;

/// <summary>
/// The incident register (principle 4.3): incidents, their timelines and the customer notices drafted from them.
/// Every query is filtered by the tenant; methods answer null when the incident is not the tenant's.
/// </summary>
internal sealed class IncidentService(CodeAssureDbContext db, TimeProvider time, NotificationQueue notifications)
{
    public const int MaxTitleLength = 500;
    public const int MaxDescriptionLength = 20000;
    public const int MaxTimelineLength = 4000;
    public const int MaxSummaryLength = 10000;
    public const int MaxCustomersLength = 2000;
    public const int MaxAffectedProducts = 100;

    // Sorted in memory: SQLite cannot order by DateTimeOffset, and one organisation's register is small.
    public async Task<List<Incident>> ListAsync(TenantContext tenant, CancellationToken cancellationToken) =>
        (await db.Incidents.AsNoTracking().Where(i => i.OrganisationId == tenant.Id).ToListAsync(cancellationToken).ConfigureAwait(false))
            .OrderByDescending(i => i.DetectedAt).ThenByDescending(i => i.Reference, StringComparer.Ordinal).ToList();

    /// <summary>Published incidents, newest first: what the trust portal may show.</summary>
    public async Task<List<Incident>> PublishedAsync(Guid organisationId, CancellationToken cancellationToken) =>
        (await db.Incidents.AsNoTracking().Where(i => i.OrganisationId == organisationId && i.Published).ToListAsync(cancellationToken).ConfigureAwait(false))
            .OrderByDescending(i => i.DetectedAt).ToList();

    public async Task<IncidentDetails?> FindAsync(TenantContext tenant, Guid id, CancellationToken cancellationToken)
    {
        var incident = await db.Incidents.AsNoTracking().FirstOrDefaultAsync(i => i.OrganisationId == tenant.Id && i.Id == id, cancellationToken).ConfigureAwait(false);
        if (incident is null)
        {
            return null;
        }

        var timeline = await db.IncidentTimeline.AsNoTracking().Where(t => t.OrganisationId == tenant.Id && t.IncidentId == id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = ProductIds(incident);
        var products = await db.Products.AsNoTracking().Where(p => p.OrganisationId == tenant.Id && ids.Contains(p.Id))
            .OrderBy(p => p.Name).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new IncidentDetails(incident, timeline.OrderBy(t => t.At).ThenBy(t => t.RecordedAt).ToList(), products);
    }

    public async Task<Incident> CreateAsync(TenantContext tenant, IncidentInput input, string author, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var now = time.GetUtcNow();
        var incident = new Incident
        {
            Id = Guid.NewGuid(),
            OrganisationId = tenant.Id,
            Reference = "",
            Title = Input.Required("title", input.Title, MaxTitleLength, "The title"),
            Status = input.Status is null ? IncidentStatus.Investigating : LifecycleNames.Status("status", input.Status),
            Severity = input.Severity is null ? FindingSeverity.Unknown : LifecycleNames.Severity("severity", input.Severity),
        };
        incident.DetectedAt = IncidentMoment.Optional("detectedAt", input.DetectedAt, "The detection time") ?? now;
        incident.StartedAt = IncidentMoment.Optional("startedAt", input.StartedAt, "The start time") ?? incident.DetectedAt;
        incident.ResolvedAt = IncidentMoment.Optional("resolvedAt", input.ResolvedAt, "The resolution time");
        if (incident.Status == IncidentStatus.Resolved)
        {
            incident.ResolvedAt ??= now;
        }

        await ApplyTextAsync(tenant, incident, input, cancellationToken).ConfigureAwait(false);
        CheckMoments(incident, now);

        var year = incident.DetectedAt.UtcDateTime.Year;
        var prefix = string.Create(CultureInfo.InvariantCulture, $"INC-{year}-");
        var taken = await db.Incidents.Where(i => i.OrganisationId == tenant.Id && i.Reference.StartsWith(prefix))
            .Select(i => i.Reference).ToListAsync(cancellationToken).ConfigureAwait(false);
        var next = taken.Select(r => int.TryParse(r.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).DefaultIfEmpty(0).Max() + 1;
        incident.Reference = string.Create(CultureInfo.InvariantCulture, $"{prefix}{next:000}");
        incident.UpdatedAt = now;

        db.Incidents.Add(incident);
        db.IncidentTimeline.Add(Entry(tenant, incident.Id, incident.DetectedAt, $"Incident recorded ({LifecycleNames.Of(incident.Status)}, severity {LifecycleNames.Of(incident.Severity)}).", author));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return incident;
    }

    /// <summary>Changes what is given; a change of status adds a timeline entry, and resolving records when.</summary>
    public async Task<Incident?> UpdateAsync(TenantContext tenant, Guid id, IncidentInput input, string author, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var incident = await db.Incidents.FirstOrDefaultAsync(i => i.OrganisationId == tenant.Id && i.Id == id, cancellationToken).ConfigureAwait(false);
        if (incident is null)
        {
            return null;
        }

        var now = time.GetUtcNow();
        if (input.Title is not null)
        {
            incident.Title = Input.Required("title", input.Title, MaxTitleLength, "The title");
        }

        if (input.Severity is not null)
        {
            var severity = LifecycleNames.Severity("severity", input.Severity);
            if (severity != incident.Severity)
            {
                db.IncidentTimeline.Add(Entry(tenant, id, now, $"Severity changed from {LifecycleNames.Of(incident.Severity)} to {LifecycleNames.Of(severity)}.", author));
                incident.Severity = severity;
            }
        }

        incident.StartedAt = IncidentMoment.Optional("startedAt", input.StartedAt, "The start time") ?? incident.StartedAt;
        incident.DetectedAt = IncidentMoment.Optional("detectedAt", input.DetectedAt, "The detection time") ?? incident.DetectedAt;
        incident.ResolvedAt = IncidentMoment.Optional("resolvedAt", input.ResolvedAt, "The resolution time") ?? incident.ResolvedAt;
        if (input.Status is not null)
        {
            var status = LifecycleNames.Status("status", input.Status);
            if (status != incident.Status)
            {
                db.IncidentTimeline.Add(Entry(tenant, id, now, $"Status changed from {LifecycleNames.Of(incident.Status)} to {LifecycleNames.Of(status)}.", author));
                incident.Status = status;
                incident.ResolvedAt = status == IncidentStatus.Resolved ? incident.ResolvedAt ?? now : null;
            }
        }

        await ApplyTextAsync(tenant, incident, input, cancellationToken).ConfigureAwait(false);
        CheckMoments(incident, now);
        incident.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return incident;
    }

    public async Task<IncidentTimelineEntry?> AddTimelineAsync(TenantContext tenant, Guid id, string? at, string? text, string author, CancellationToken cancellationToken)
    {
        if (!await db.Incidents.AnyAsync(i => i.OrganisationId == tenant.Id && i.Id == id, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var now = time.GetUtcNow();
        var body = MultilineText.Required("text", text, MaxTimelineLength, "The timeline entry");
        var when = IncidentMoment.Optional("at", at, "The time of the entry") ?? now;
        if (when > now.AddMinutes(5))
        {
            throw new InvalidInputException("at", "A timeline entry records what has happened: its time cannot be in the future.");
        }

        var entry = Entry(tenant, id, when, body, author);
        db.IncidentTimeline.Add(entry);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return entry;
    }

    /// <summary>A draft customer notice for the incident, or null when it is not the tenant's.</summary>
    public async Task<string?> DraftNoticeAsync(TenantContext tenant, Guid id, CancellationToken cancellationToken)
    {
        var details = await FindAsync(tenant, id, cancellationToken).ConfigureAwait(false);
        if (details is null)
        {
            return null;
        }

        var contact = await db.DisclosurePolicies.AsNoTracking().Where(d => d.OrganisationId == tenant.Id).Select(d => d.Contacts)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return details.Incident.PublicSummary ?? IncidentNoticeDraft.Write(tenant.Organisation, details.Incident, details.AffectedProducts.Select(p => p.Name).ToList(), contact);
    }

    /// <summary>
    /// Publishes the customer notice: the summary becomes public on the trust portal, an <c>incident.notice</c> event is
    /// queued for customers, and the timeline records it. Publishing again publishes an update.
    /// </summary>
    public async Task<Incident?> PublishNoticeAsync(TenantContext tenant, Guid id, string? summary, string author, CancellationToken cancellationToken)
    {
        var incident = await db.Incidents.FirstOrDefaultAsync(i => i.OrganisationId == tenant.Id && i.Id == id, cancellationToken).ConfigureAwait(false);
        if (incident is null)
        {
            return null;
        }

        var text = MultilineText.Required("summary", summary, MaxSummaryLength, "The notice");

        var now = time.GetUtcNow();
        var update = incident.Published;
        incident.PublicSummary = text;
        incident.Published = true;
        incident.UpdatedAt = now;
        var products = ProductIds(incident);
        var payload = JsonSerializer.Serialize(new
        {
            reference = incident.Reference,
            title = incident.Title,
            severity = LifecycleNames.Of(incident.Severity),
            status = LifecycleNames.Of(incident.Status),
            startedAt = incident.StartedAt,
            detectedAt = incident.DetectedAt,
            resolvedAt = incident.ResolvedAt,
            affectedProductIds = products,
        });

        // One affected product: its subscribers; otherwise organisation-wide, so nobody hears twice.
        notifications.Publish(tenant.Id, products.Count == 1 ? products[0] : null, "incident.notice",
            $"{incident.Reference}: {incident.Title}", text.Length > 4000 ? text[..3997] + "..." : text, $"/trust/{tenant.Slug}", payload);
        db.IncidentTimeline.Add(Entry(tenant, id, now, update ? "Customer notice updated and sent." : "Customer notice published and sent.", author));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return incident;
    }

    public static List<Guid> ProductIds(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return (incident.AffectedProductIds ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => Guid.TryParse(s, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).ToList();
    }

    private async Task ApplyTextAsync(TenantContext tenant, Incident incident, IncidentInput input, CancellationToken cancellationToken)
    {
        if (input.Description is not null)
        {
            incident.Description = MultilineText.Optional("description", input.Description, MaxDescriptionLength, "The description");
        }

        if (input.AffectedCustomers is not null)
        {
            incident.AffectedCustomers = Input.Optional("affectedCustomers", input.AffectedCustomers, MaxCustomersLength, "The affected customers");
        }

        if (input.AffectedProductIds is { } raw)
        {
            if (raw.Count > MaxAffectedProducts)
            {
                throw new InvalidInputException("affectedProductIds", $"At most {MaxAffectedProducts} affected products can be listed.");
            }

            var ids = new List<Guid>();
            foreach (var value in raw.Where(v => !string.IsNullOrWhiteSpace(v)))
            {
                ids.Add(Guid.TryParse(value.Trim(), out var id) ? id : throw new InvalidInputException("affectedProductIds", "Each affected product must be a product id."));
            }

            ids = ids.Distinct().ToList();
            var known = await db.Products.Where(p => p.OrganisationId == tenant.Id && ids.Contains(p.Id)).CountAsync(cancellationToken).ConfigureAwait(false);
            if (known != ids.Count)
            {
                throw new InvalidInputException("affectedProductIds", "An affected product is not one of this organisation's products.");
            }

            incident.AffectedProductIds = ids.Count == 0 ? null : string.Join(' ', ids.Select(g => g.ToString("D")));
        }
    }

    private static void CheckMoments(Incident incident, DateTimeOffset now)
    {
        if (incident.DetectedAt < incident.StartedAt)
        {
            throw new InvalidInputException("detectedAt", "The detection time is before the start time: it cannot be detected before it started.");
        }

        if (incident.StartedAt > now.AddMinutes(5) || incident.DetectedAt > now.AddMinutes(5))
        {
            throw new InvalidInputException("detectedAt", "The start and detection times cannot be in the future.");
        }

        if (incident.ResolvedAt is { } resolved && resolved < incident.StartedAt)
        {
            throw new InvalidInputException("resolvedAt", "The resolution time is before the start time.");
        }
    }

    private IncidentTimelineEntry Entry(TenantContext tenant, Guid incidentId, DateTimeOffset at, string text, string author) => new()
    {
        Id = Guid.NewGuid(),
        OrganisationId = tenant.Id,
        IncidentId = incidentId,
        At = at,
        Text = text,
        Author = author.Length > 256 ? author[..256] : author,
        RecordedAt = time.GetUtcNow(),
    };
}
