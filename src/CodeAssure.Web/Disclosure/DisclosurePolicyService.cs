using CodeAssure.Data;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Tenancy;
using CodeAssure.Web.Validation;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Disclosure;

/// <summary>Reads and changes an organisation's disclosure settings (the Owner changes them).</summary>
internal sealed class DisclosurePolicyService(CodeAssureDbContext db, TimeProvider time)
{
    /// <summary>The settings, or null when the organisation has none yet.</summary>
    public Task<DisclosurePolicy?> FindAsync(Guid organisationId, CancellationToken cancellationToken) =>
        db.DisclosurePolicies.AsNoTracking().FirstOrDefaultAsync(p => p.OrganisationId == organisationId, cancellationToken);

    /// <summary>The organisation with this URL name and its settings, for the public pages (no membership needed).</summary>
    public async Task<(Organisation Organisation, DisclosurePolicy Policy)?> FindPublishedAsync(string? slug, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(slug) || slug.Length > 64)
        {
            return null;
        }

        var found = await (from o in db.Organisations.AsNoTracking()
                           join p in db.DisclosurePolicies.AsNoTracking() on o.Id equals p.OrganisationId
                           where o.Slug == slug
                           select new { o, p }).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return found is null ? null : (found.o, found.p);
    }

    /// <summary>Validates every field, then creates or replaces the settings.</summary>
    /// <exception cref="InvalidInputException">A field breaks a rule; nothing is saved.</exception>
    public async Task<DisclosurePolicy> SaveAsync(TenantContext tenant, DisclosurePolicyForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(form);
        if (!tenant.IsOwner)
        {
            throw new InvalidInputException("contacts", "Only the organisation's Owner can change the disclosure settings.");
        }

        var contacts = DisclosurePolicyRules.Contacts("contacts", form.Contacts);
        var policyUrl = DisclosurePolicyRules.HttpsUrl("policyUrl", form.PolicyUrl, "The policy URL");
        var scope = DisclosurePolicyRules.LongText("scope", form.Scope, DisclosurePolicyRules.MaxLongText, "The scope");
        var safeHarbour = DisclosurePolicyRules.LongText("safeHarbour", form.SafeHarbour, DisclosurePolicyRules.MaxLongText, "The safe-harbour statement");
        var acknowledge = DisclosurePolicyRules.Days("acknowledgeWithinDays", form.AcknowledgeWithinDays, 30, "The acknowledgement time");
        var triage = DisclosurePolicyRules.Days("triageWithinDays", form.TriageWithinDays, 180, "The triage time");
        if (triage < acknowledge)
        {
            throw new InvalidInputException("triageWithinDays", "The triage time cannot be shorter than the acknowledgement time.");
        }

        var languages = DisclosurePolicyRules.Languages("preferredLanguages", form.PreferredLanguages);
        var encryption = DisclosurePolicyRules.EncryptionUri("encryptionUrl", form.EncryptionUrl);

        var policy = await db.DisclosurePolicies.FirstOrDefaultAsync(p => p.OrganisationId == tenant.Id, cancellationToken).ConfigureAwait(false);
        if (policy is null)
        {
            policy = new DisclosurePolicy { OrganisationId = tenant.Id, Contacts = contacts };
            db.DisclosurePolicies.Add(policy);
        }

        policy.Contacts = contacts;
        policy.PolicyUrl = policyUrl;
        policy.Scope = scope;
        policy.SafeHarbour = safeHarbour;
        policy.AcknowledgeWithinDays = acknowledge;
        policy.TriageWithinDays = triage;
        policy.PreferredLanguages = languages;
        policy.EncryptionUrl = encryption;
        policy.ReportFormEnabled = form.ReportFormEnabled;
        policy.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return policy;
    }
}
