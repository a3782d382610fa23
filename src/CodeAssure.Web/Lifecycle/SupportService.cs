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
/// Support policies, periods and notices of an organisation's products (principles 4.1 and 4.2). Every query is
/// filtered by the tenant; methods answer null when the product or period is not the tenant's (the caller says 404).
/// </summary>
internal sealed class SupportService(CodeAssureDbContext db, TimeProvider time, NotificationQueue notifications)
{
    public const int MaxReasonLength = 4000;
    public const int MaxNoticeLength = 4000;
    public const int MaxJustificationLength = 2000;

    public Task<SupportPolicy?> PolicyAsync(TenantContext tenant, Guid productId, CancellationToken cancellationToken) =>
        db.SupportPolicies.AsNoTracking().FirstOrDefaultAsync(p => p.OrganisationId == tenant.Id && p.ProductId == productId, cancellationToken);

    public Task<List<SupportPeriod>> PeriodsAsync(TenantContext tenant, Guid productId, CancellationToken cancellationToken) =>
        db.SupportPeriods.AsNoTracking().Where(p => p.OrganisationId == tenant.Id && p.ProductId == productId)
            .OrderBy(p => p.Versions).ThenBy(p => p.StartsOn).ToListAsync(cancellationToken);

    /// <summary>Sets the product's policy; null when the product is not the tenant's.</summary>
    public async Task<SupportPolicy?> SetPolicyAsync(TenantContext tenant, Guid productId, string? minimumSupportMonths, string? reason, CancellationToken cancellationToken)
    {
        if (await ProductAsync(tenant, productId, cancellationToken).ConfigureAwait(false) is null)
        {
            return null;
        }

        var months = Months(minimumSupportMonths);
        var why = MultilineText.Required("reason", reason, MaxReasonLength, "The reason for the support period");
        var policy = await db.SupportPolicies.FirstOrDefaultAsync(p => p.OrganisationId == tenant.Id && p.ProductId == productId, cancellationToken).ConfigureAwait(false);
        if (policy is null)
        {
            policy = new SupportPolicy { Id = Guid.NewGuid(), OrganisationId = tenant.Id, ProductId = productId, Reason = why };
            db.SupportPolicies.Add(policy);
        }

        policy.MinimumSupportMonths = months;
        policy.Reason = why;
        policy.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return policy;
    }

    /// <summary>Records a period; refuses an end less than 365 days away unless a justification is given.</summary>
    public async Task<SupportPeriod?> AddPeriodAsync(TenantContext tenant, Guid productId, SupportPeriodInput input, CancellationToken cancellationToken)
    {
        if (await ProductAsync(tenant, productId, cancellationToken).ConfigureAwait(false) is null)
        {
            return null;
        }

        var period = new SupportPeriod { Id = Guid.NewGuid(), OrganisationId = tenant.Id, ProductId = productId, Versions = "" };
        var others = await PeriodsAsync(tenant, productId, cancellationToken).ConfigureAwait(false);
        Apply(period, input, others);
        db.SupportPeriods.Add(period);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return period;
    }

    /// <summary>Changes a period; a new end date is a new announcement, so the 365-day rule applies again and any earlier announcement no longer counts.</summary>
    public async Task<SupportPeriod?> UpdatePeriodAsync(TenantContext tenant, Guid productId, Guid periodId, SupportPeriodInput input, CancellationToken cancellationToken)
    {
        var period = await db.SupportPeriods.FirstOrDefaultAsync(
            p => p.OrganisationId == tenant.Id && p.ProductId == productId && p.Id == periodId, cancellationToken).ConfigureAwait(false);
        if (period is null)
        {
            return null;
        }

        var others = (await PeriodsAsync(tenant, productId, cancellationToken).ConfigureAwait(false)).Where(p => p.Id != periodId).ToList();
        Apply(period, input, others);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return period;
    }

    /// <summary>Deletes a period that has no published notice (a notice is evidence and keeps its period).</summary>
    public async Task<bool> DeletePeriodAsync(TenantContext tenant, Guid productId, Guid periodId, CancellationToken cancellationToken)
    {
        var period = await db.SupportPeriods.FirstOrDefaultAsync(
            p => p.OrganisationId == tenant.Id && p.ProductId == productId && p.Id == periodId, cancellationToken).ConfigureAwait(false);
        if (period is null)
        {
            return false;
        }

        if (await db.SupportNotices.AnyAsync(n => n.SupportPeriodId == periodId, cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidInputException("period", "This period has a published notice, which is kept as evidence; change the period instead of deleting it.");
        }

        db.SupportPeriods.Remove(period);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Publishes a notice about a period to customers: records it, queues a <c>support.notice</c> event and, for an end of
    /// support, sets the period's announcement time. Null when the product or period is not the tenant's.
    /// </summary>
    public async Task<SupportNotice?> PublishNoticeAsync(
        TenantContext tenant, Guid productId, Guid periodId, string? kind, string? text, string? shortNoticeJustification, string userId, CancellationToken cancellationToken)
    {
        var product = await ProductAsync(tenant, productId, cancellationToken).ConfigureAwait(false);
        var period = await db.SupportPeriods.FirstOrDefaultAsync(
            p => p.OrganisationId == tenant.Id && p.ProductId == productId && p.Id == periodId, cancellationToken).ConfigureAwait(false);
        if (product is null || period is null)
        {
            return null;
        }

        var noticeKind = LifecycleNames.NoticeKind("kind", kind);
        var body = MultilineText.Required("text", text, MaxNoticeLength, "The notice text");
        var justification = Input.Optional("shortNoticeJustification", shortNoticeJustification, MaxJustificationLength, "The justification");
        var now = time.GetUtcNow();
        if (noticeKind == SupportNoticeKind.EndOfSupport)
        {
            if (period.EndsOn is not { } endsOn)
            {
                throw new InvalidInputException("period", "This period has no end date to announce; set its end date first.");
            }

            var days = EndOfSupportRule.DaysOfNotice(now, endsOn);
            if (days < 0)
            {
                throw new InvalidInputException("period", $"Support for {period.Versions} already ended on {Day(endsOn)}; an end-of-support notice can only announce a future end.");
            }

            if (days < EndOfSupportRule.MinimumNoticeDays)
            {
                period.ShortNoticeJustification = justification ?? period.ShortNoticeJustification ?? throw ShortNotice("shortNoticeJustification", endsOn, days);
            }

            period.EndAnnouncedAt = now;
            period.UpdatedAt = now;
        }

        var title = noticeKind == SupportNoticeKind.EndOfSupport
            ? $"{product.Name} {period.Versions}: end of support on {Day(period.EndsOn!.Value)}"
            : $"{product.Name} {period.Versions}: support level {LifecycleNames.Of(period.Level)} from {Day(period.StartsOn)}";
        var payload = JsonSerializer.Serialize(new
        {
            product = product.Name,
            productId = product.Id,
            versions = period.Versions,
            kind = LifecycleNames.Of(noticeKind),
            level = LifecycleNames.Of(period.Level),
            startsOn = Day(period.StartsOn),
            endsOn = period.EndsOn is { } e ? Day(e) : null,
        });
        var notification = notifications.Publish(tenant.Id, productId, "support.notice", title, body, $"/trust/{tenant.Slug}/support.json", payload);
        var notice = new SupportNotice
        {
            Id = Guid.NewGuid(),
            OrganisationId = tenant.Id,
            ProductId = productId,
            SupportPeriodId = periodId,
            Kind = noticeKind,
            Text = body,
            PublishedAt = now,
            PublishedBy = userId,
            NotificationEventId = notification.Id,
        };
        db.SupportNotices.Add(notice);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return notice;
    }

    /// <summary>The product's notices, newest first, each with its delivery evidence.</summary>
    public async Task<List<SupportNoticeDelivery>> NoticesAsync(TenantContext tenant, Guid productId, CancellationToken cancellationToken)
    {
        var notices = await db.SupportNotices.AsNoTracking().Where(n => n.OrganisationId == tenant.Id && n.ProductId == productId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var periods = (await PeriodsAsync(tenant, productId, cancellationToken).ConfigureAwait(false)).ToDictionary(p => p.Id, p => p.Versions);
        var eventIds = notices.Where(n => n.NotificationEventId is not null).Select(n => n.NotificationEventId).ToList();
        var events = await db.NotificationEvents.AsNoTracking().Where(e => eventIds.Contains(e.Id))
            .Select(e => new { e.Id, e.FannedOutAt }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var messages = await db.Outbox.AsNoTracking().Where(m => eventIds.Contains(m.EventId))
            .Select(m => new { m.EventId, m.DeliveredAt, m.FailedAt }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return notices.OrderByDescending(n => n.PublishedAt).Select(n =>
        {
            var mine = messages.Where(m => m.EventId == n.NotificationEventId).ToList();
            return new SupportNoticeDelivery(
                n,
                periods.GetValueOrDefault(n.SupportPeriodId, "?"),
                events.FirstOrDefault(e => e.Id == n.NotificationEventId)?.FannedOutAt,
                mine.Count(m => m.DeliveredAt is not null),
                mine.Count(m => m.DeliveredAt is null && m.FailedAt is null),
                mine.Count(m => m.DeliveredAt is null && m.FailedAt is not null),
                mine.Max(m => m.DeliveredAt));
        }).ToList();
    }

    /// <summary>
    /// Gaps against 4.1 (no stated policy, no recorded period) and 4.2 (an end announced with less than 365 days'
    /// notice under an override, or an end less than 365 days away that customers have not been told of).
    /// </summary>
    public async Task<List<SupportGap>> SupportGapsAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        var products = await db.Products.AsNoTracking().Where(p => p.OrganisationId == organisationId).OrderBy(p => p.Name)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var policies = await db.SupportPolicies.AsNoTracking().Where(p => p.OrganisationId == organisationId)
            .Select(p => p.ProductId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var periods = await db.SupportPeriods.AsNoTracking().Where(p => p.OrganisationId == organisationId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var gaps = new List<SupportGap>();
        foreach (var product in products)
        {
            if (!policies.Contains(product.Id))
            {
                gaps.Add(new(product.Id, product.Name, "no-policy", "4.1", $"{product.Name} has no stated minimum support period and reason."));
            }

            var mine = periods.Where(p => p.ProductId == product.Id).OrderBy(p => p.Versions).ThenBy(p => p.StartsOn).ToList();
            if (mine.Count == 0)
            {
                gaps.Add(new(product.Id, product.Name, "no-periods", "4.1", $"{product.Name} has no recorded support period."));
            }

            foreach (var period in mine)
            {
                if (period.EndsOn is not { } endsOn || !EndsSupport(period, mine))
                {
                    continue;
                }

                if (period.ShortNoticeJustification is { } why)
                {
                    var from = period.EndAnnouncedAt ?? period.UpdatedAt;
                    gaps.Add(new(product.Id, product.Name, "short-notice", "4.2",
                        $"{product.Name} {period.Versions}: end of support on {Day(endsOn)} with {EndOfSupportRule.DaysOfNotice(from, endsOn)} days' notice (less than {EndOfSupportRule.MinimumNoticeDays}); justification: {why}"));
                }
                else if (period.EndAnnouncedAt is null && EndOfSupportRule.DaysOfNotice(now, endsOn) is var left && left >= 0 && left < EndOfSupportRule.MinimumNoticeDays)
                {
                    gaps.Add(new(product.Id, product.Name, "not-announced", "4.2",
                        $"{product.Name} {period.Versions}: support ends on {Day(endsOn)}, {left} days away, and no notice has been published."));
                }
            }
        }

        return gaps;
    }

    /// <summary>
    /// Whether a period's end is an end of support, rather than a change of level: it is unless another supported
    /// period for the same versions carries on from the next day.
    /// </summary>
    public static bool EndsSupport(SupportPeriod period, IEnumerable<SupportPeriod> periodsOfProduct)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (period.Level == SupportLevel.None || period.EndsOn is not { } endsOn)
        {
            return false;
        }

        return !periodsOfProduct.Any(p => p.Id != period.Id && p.Level != SupportLevel.None
            && string.Equals(p.Versions, period.Versions, StringComparison.Ordinal)
            && p.StartsOn <= endsOn.AddDays(1) && (p.EndsOn is null || p.EndsOn > endsOn));
    }

    private void Apply(SupportPeriod period, SupportPeriodInput input, IReadOnlyList<SupportPeriod> others)
    {
        var versions = Input.Required("versions", input.Versions, 100, "The versions");
        var level = LifecycleNames.Level("level", input.Level);
        var startsOn = Input.Date("startsOn", input.StartsOn, "The start date");
        var endsOn = Input.OptionalDate("endsOn", input.EndsOn, "The end date");
        var justification = Input.Optional("shortNoticeJustification", input.ShortNoticeJustification, MaxJustificationLength, "The justification");
        if (endsOn < startsOn)
        {
            throw new InvalidInputException("endsOn", $"The end date {Day(endsOn.Value)} is before the start date {Day(startsOn)}.");
        }

        var now = time.GetUtcNow();
        var endChanged = period.EndsOn != endsOn || period.Versions != versions || period.Level != level;
        period.Versions = versions;
        period.Level = level;
        period.StartsOn = startsOn;
        period.EndsOn = endsOn;
        if (endChanged)
        {
            // A different end is a different announcement: customers have not been told of it yet.
            period.EndAnnouncedAt = null;
            period.ShortNoticeJustification = null;
            var days = endsOn is { } e ? EndOfSupportRule.DaysOfNotice(now, e) : int.MaxValue;

            // Ends already past are history being recorded; notice can no longer be given, so the rule does not apply.
            if (endsOn is { } end && days >= 0 && days < EndOfSupportRule.MinimumNoticeDays && EndsSupport(period, others))
            {
                period.ShortNoticeJustification = justification ?? throw ShortNotice("endsOn", end, days);
            }
        }
        else if (justification is not null && period.ShortNoticeJustification is not null)
        {
            period.ShortNoticeJustification = justification;
        }

        period.UpdatedAt = now;
    }

    private static InvalidInputException ShortNotice(string field, DateOnly endsOn, int days) =>
        new(field, $"The end of support on {Day(endsOn)} is only {days} days away: principle 4.2 asks for at least {EndOfSupportRule.MinimumNoticeDays} days' notice. " +
            "Choose a later date, or give a justification for the short notice (it is recorded and shown as a gap against 4.2).");

    private static int Months(string? value)
    {
        var text = Input.Required("minimumSupportMonths", value, 10, "The minimum support period (months)");
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var months) && months is >= 1 and <= 600
            ? months
            : throw new InvalidInputException("minimumSupportMonths", "The minimum support period must be a whole number of months from 1 to 600.");
    }

    private Task<Product?> ProductAsync(TenantContext tenant, Guid productId, CancellationToken cancellationToken) =>
        db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.OrganisationId == tenant.Id && p.Id == productId, cancellationToken);

    internal static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
