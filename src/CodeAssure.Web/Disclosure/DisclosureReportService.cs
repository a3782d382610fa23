using System.Globalization;
using System.Net.Mail;
using System.Security.Cryptography;
using System.Text;
using CodeAssure.Data;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Notifications;
using CodeAssure.Web.Tenancy;
using CodeAssure.Web.Validation;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Disclosure;

/// <summary>
/// Receives reports from the public form: refuses automated, replayed and excess submissions, stores the report with a
/// triage item (a finding) and queues the reporter's acknowledgement, all in one save.
/// </summary>
internal sealed class DisclosureReportService(
    CodeAssureDbContext db, TimeProvider time, NotificationQueue notifications, ReportFormStamp stamps, DisclosureSettings settings)
{
    public const int MaxDescriptionLength = 20_000;
    public const int MaxTitleLength = 200;

    /// <summary>The severities a reporter may guess (no CVSS needed).</summary>
    public static readonly IReadOnlyList<string> SeverityGuesses = ["low", "medium", "high", "critical"];

    /// <summary>The products a report can be about, by name.</summary>
    public Task<List<Product>> ProductsAsync(Guid organisationId, CancellationToken cancellationToken) =>
        db.Products.AsNoTracking().Where(p => p.OrganisationId == organisationId).OrderBy(p => p.Name).ToListAsync(cancellationToken);

    /// <summary>Checks and stores a report; returns it with its tracking reference.</summary>
    /// <exception cref="ReportRefusedException">Automated, replayed, or over the organisation's limit.</exception>
    /// <exception cref="InvalidInputException">A field is missing or breaks a rule.</exception>
    public async Task<DisclosureReport> SubmitAsync(Organisation organisation, DisclosurePolicy policy, ReportSubmission form, string? remoteAddress, Uri statusPage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(form);
        if (!string.IsNullOrEmpty(form.Honeypot))
        {
            throw new ReportRefusedException(StatusCodes.Status400BadRequest,
                "The report was refused as automated: the field marked \"leave this empty\" was filled in. Clear it and send the report again.");
        }

        var nonce = stamps.Check(form.Stamp, organisation.Id);
        var email = Email(form.ReporterEmail);
        var name = Input.Optional("reporterName", form.ReporterName, 200, "Your name");
        var title = Input.Required("title", form.Title, MaxTitleLength, "The title");
        var description = DisclosurePolicyRules.LongText("description", form.Description, MaxDescriptionLength, "The description")
            ?? throw new InvalidInputException("description", "The description is required: what is vulnerable, and how to reproduce it.");
        var severity = Input.Optional("severityGuess", form.SeverityGuess, 20, "The severity");
        if (severity is not null && !SeverityGuesses.Contains(severity))
        {
            throw new InvalidInputException("severityGuess", "The severity must be one of low, medium, high or critical (or left as \"don't know\").");
        }

        var products = await ProductsAsync(organisation.Id, cancellationToken).ConfigureAwait(false);
        Product? product = null;
        if (products.Count > 0)
        {
            product = Guid.TryParse(form.ProductId, out var productId) ? products.FirstOrDefault(p => p.Id == productId) : null;
            if (product is null)
            {
                throw new InvalidInputException("productId", "Choose the product the vulnerability is in.");
            }
        }

        if (await db.DisclosureReports.AnyAsync(r => r.FormNonce == nonce, cancellationToken).ConfigureAwait(false))
        {
            throw new ReportRefusedException(StatusCodes.Status400BadRequest,
                "This form has already been sent once; a report is not accepted twice. To send another report, reload the report form.");
        }

        var now = time.GetUtcNow();
        var hourAgo = now.AddHours(-1);
        // Counted in memory: SQLite cannot compare DateTimeOffset columns, and an organisation's reports are few.
        var received = await db.DisclosureReports.AsNoTracking().Where(r => r.OrganisationId == organisation.Id)
            .Select(r => r.ReceivedAt).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (received.Count(at => at > hourAgo) >= settings.ReportsPerOrganisationPerHour)
        {
            throw new ReportRefusedException(StatusCodes.Status429TooManyRequests,
                "This organisation is receiving too many reports right now. Please try again in an hour, or use the contact in its security.txt.");
        }

        var reference = await NewReferenceAsync(now, cancellationToken).ConfigureAwait(false);
        var report = new DisclosureReport
        {
            Id = Guid.NewGuid(),
            OrganisationId = organisation.Id,
            TrackingReference = reference.Value,
            ReporterEmail = email,
            ReporterName = name,
            ProductId = product?.Id,
            Title = title,
            Description = description,
            SeverityGuess = severity,
            SourceHash = SourceHash(organisation.Id, remoteAddress),
            FormNonce = nonce,
            Status = DisclosureReportStatus.Received,
            ReceivedAt = now,
            UpdatedAt = now,
        };
        if (product is not null)
        {
            var finding = new VulnerabilityFinding
            {
                Id = Guid.NewGuid(),
                OrganisationId = organisation.Id,
                ProductId = product.Id,
                VulnerabilityId = reference.Value,
                Summary = title,
                Severity = FindingSeverity.Unknown,
                Source = FindingSource.Report,
                Status = FindingStatus.UnderInvestigation,
                DetectedAt = now,
                UpdatedAt = now,
            };
            db.Findings.Add(finding);
            report.FindingId = finding.Id;
        }

        db.DisclosureReports.Add(report);
        notifications.Email(organisation.Id, email, $"[{reference}] Your vulnerability report to {organisation.Name} was received",
            Acknowledgement(organisation, policy, report, product, statusPage));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return report;
    }

    /// <summary>
    /// The report with this reference, when <paramref name="email"/> is the reporter's; null otherwise — the same null
    /// for an unknown reference and a wrong address, so the status page cannot be used to discover either.
    /// </summary>
    public async Task<DisclosureReport?> FindForReporterAsync(Guid organisationId, string? reference, string? email, CancellationToken cancellationToken)
    {
        var given = Fingerprint(email?.Trim() ?? "");
        DisclosureReport? report = null;
        if (TrackingReference.TryParse(reference, out var parsed))
        {
            report = await db.DisclosureReports.AsNoTracking()
                .FirstOrDefaultAsync(r => r.OrganisationId == organisationId && r.TrackingReference == parsed.Value, cancellationToken).ConfigureAwait(false);
        }

        // Compare even when nothing was found, so both failures take the same work.
        var expected = Fingerprint(report?.ReporterEmail ?? "\0no report");
        return CryptographicOperations.FixedTimeEquals(given, expected) && report is not null ? report : null;
    }

    /// <summary>The organisation's reports, newest first.</summary>
    public async Task<List<DisclosureReport>> ListAsync(TenantContext tenant, CancellationToken cancellationToken)
    {
        // Sorted in memory: SQLite cannot order by a DateTimeOffset column.
        var reports = await db.DisclosureReports.AsNoTracking().Where(r => r.OrganisationId == tenant.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. reports.OrderByDescending(r => r.ReceivedAt)];
    }

    private static string Email(string? value)
    {
        var email = Input.Required("reporterEmail", value, 254, "Your email address");
        if (!MailAddress.TryCreate(email, out var address) || address.Address != email || !string.IsNullOrEmpty(address.DisplayName)
            || !address.Host.Contains('.', StringComparison.Ordinal) || email.Any(c => c is '<' or '>' or '"' or ' ' or ',' or ';'))
        {
            throw new InvalidInputException("reporterEmail", "Your email address must be a single address such as name@example.com; the acknowledgement and the tracking reference are sent there.");
        }

        return email;
    }

    private static byte[] Fingerprint(string email) => SHA256.HashData(Encoding.UTF8.GetBytes(email.ToUpperInvariant()));

    // A keyed hash, so the stored value links reports from one address without storing (or trivially revealing) the address.
    private static string SourceHash(Guid organisationId, string? address) =>
        Convert.ToHexString(HMACSHA256.HashData(SHA256.HashData(Encoding.UTF8.GetBytes("CodeAssure VDP source v1|" + organisationId.ToString("N"))),
            Encoding.UTF8.GetBytes(address ?? "unknown")))[..32];

    private async Task<TrackingReference> NewReferenceAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        while (true)
        {
            var reference = TrackingReference.New(now.Year);
            if (!await db.DisclosureReports.AnyAsync(r => r.TrackingReference == reference.Value, cancellationToken).ConfigureAwait(false))
            {
                return reference;
            }
        }
    }

    private static string Acknowledgement(Organisation organisation, DisclosurePolicy policy, DisclosureReport report, Product? product, Uri statusPage)
    {
        var text = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        text.Append(culture, $"Thank you for reporting a vulnerability to {organisation.Name}.\n\n");
        text.Append(culture, $"Tracking reference: {report.TrackingReference}\n");
        text.Append(culture, $"Title: {report.Title}\n");
        if (product is not null)
        {
            text.Append(culture, $"Product: {product.Name}\n");
        }

        text.Append(culture, $"Received: {report.ReceivedAt.ToUniversalTime():yyyy-MM-dd HH:mm} UTC\n\n");
        text.Append("What happens next\n");
        text.Append(culture, $"- Someone will look at your report and confirm receipt within {policy.AcknowledgeWithinDays} working day(s).\n");
        text.Append(culture, $"- You will hear the outcome of the triage within {policy.TriageWithinDays} working day(s).\n");
        text.Append("- Please keep the details confidential until a fix is available and we have agreed a disclosure date with you.\n\n");
        text.Append(culture, $"You can check the status with your reference and this email address at {statusPage.AbsoluteUri}\n\n");
        text.Append("If you did not send this report, you can ignore this message.\n");
        return text.ToString();
    }
}
