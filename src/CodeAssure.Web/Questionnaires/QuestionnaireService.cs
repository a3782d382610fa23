using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CodeAssure.Assurance.SelfAssessment;
using CodeAssure.Catalog;
using CodeAssure.Data;
using CodeAssure.Data.Audit;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Setup;
using CodeAssure.Web.Tenancy;
using CodeAssure.Web.Validation;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Questionnaires;

/// <summary>
/// Questionnaires to upstream vendors over the claims of themes 1 and 2 (secure design and development, build
/// environment security): a reseller cannot answer those itself, so it asks the vendor through an expiring link that
/// needs no account, and keeps what comes back as evidence.
/// </summary>
internal sealed class QuestionnaireService(CodeAssureDbContext db, CodeCatalog catalog, TimeProvider time)
{
    /// <summary>The answers' JSON format identifier.</summary>
    public const string Format = "codeassure-vendor-questionnaire/1";

    /// <summary>Longest validity a link can be given, in days.</summary>
    public const int MaxValidDays = 90;

    /// <summary>Largest attestation accepted with the answers.</summary>
    public const int MaxAttestationBytes = 1024 * 1024;

    private const int MaxArgumentLength = 4000;

    /// <summary>The claims a vendor is asked about: every claim of themes 1 and 2, in catalogue order.</summary>
    public IReadOnlyList<Claim> Claims { get; } = catalog.Claims.Where(c => c.Principle.Id.Theme <= 2).ToList();

    /// <summary>The catalogue.</summary>
    public CodeCatalog Catalog => catalog;

    public async Task<List<VendorQuestionnaire>> ListAsync(TenantContext tenant, CancellationToken ct)
    {
        // Sorted here: SQLite cannot order by a DateTimeOffset column.
        var rows = await db.VendorQuestionnaires.AsNoTracking().Where(q => q.OrganisationId == tenant.Id).ToListAsync(ct).ConfigureAwait(false);
        return rows.OrderByDescending(q => q.CreatedAt).ToList();
    }

    public Task<VendorQuestionnaire?> FindAsync(TenantContext tenant, Guid id, CancellationToken ct) =>
        db.VendorQuestionnaires.AsNoTracking().FirstOrDefaultAsync(q => q.OrganisationId == tenant.Id && q.Id == id, ct);

    /// <summary>Creates a questionnaire and returns it with the link's token, which is not stored and is shown once.</summary>
    public async Task<(VendorQuestionnaire Questionnaire, string Token)> CreateAsync(
        TenantContext tenant, string userId, string? vendorName, string? vendorEmail, string? productName, int? validDays, CancellationToken ct)
    {
        var days = validDays ?? 30;
        if (days is < 1 or > MaxValidDays)
        {
            throw new InvalidInputException("validDays", $"The link must be valid for 1 to {MaxValidDays} days.");
        }

        var email = Input.Required("vendorEmail", vendorEmail, 254, "The vendor's email address");
        if (!System.Net.Mail.MailAddress.TryCreate(email, out var parsed) || parsed.Address != email)
        {
            throw new InvalidInputException("vendorEmail", "The vendor's email address is not a valid address.");
        }

        var token = "caq_" + SetupTokenService.Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = time.GetUtcNow();
        var questionnaire = new VendorQuestionnaire
        {
            Id = Guid.NewGuid(),
            OrganisationId = tenant.Id,
            VendorName = Input.Required("vendorName", vendorName, 200, "The vendor's name"),
            VendorEmail = email,
            ProductName = Input.Required("productName", productName, 200, "The product"),
            TokenHash = AuditHash.Sha256Hex(token),
            CreatedBy = userId,
            CreatedAt = now,
            ExpiresAt = now.AddDays(days),
        };
        db.VendorQuestionnaires.Add(questionnaire);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return (questionnaire, token);
    }

    public async Task<bool> WithdrawAsync(TenantContext tenant, Guid id, CancellationToken ct)
    {
        var row = await db.VendorQuestionnaires.FirstOrDefaultAsync(q => q.OrganisationId == tenant.Id && q.Id == id, ct).ConfigureAwait(false);
        if (row is null)
        {
            return false;
        }

        if (row.SubmittedAt is null)
        {
            row.WithdrawnAt ??= time.GetUtcNow();
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>The questionnaire behind a vendor's link, its state and the sender's name.</summary>
    public async Task<(QuestionnaireState State, VendorQuestionnaire? Questionnaire, string? Sender)> OpenAsync(string? token, CancellationToken ct)
    {
        // Only the hash is stored, so a lookup by it reveals nothing about other tokens.
        if (token is null || token.Length is < 10 or > 100)
        {
            return (QuestionnaireState.Unknown, null, null);
        }

        var hash = AuditHash.Sha256Hex(token);
        var found = await db.VendorQuestionnaires.AsNoTracking()
            .Where(q => q.TokenHash == hash)
            .Join(db.Organisations, q => q.OrganisationId, o => o.Id, (q, o) => new { Questionnaire = q, o.Name })
            .FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (found is null)
        {
            return (QuestionnaireState.Unknown, null, null);
        }

        var q = found.Questionnaire;
        var state = q.SubmittedAt is not null ? QuestionnaireState.Submitted
            : q.WithdrawnAt is not null ? QuestionnaireState.Withdrawn
            : q.ExpiresAt <= time.GetUtcNow() ? QuestionnaireState.Expired
            : QuestionnaireState.Open;
        return (state, q, found.Name);
    }

    /// <summary>
    /// Records the vendor's answers (every claim answered, or an attestation given instead) once; a second submission,
    /// an expired or withdrawn link is refused with a clear message.
    /// </summary>
    public async Task SubmitAsync(string? token, string? respondentName, string? respondentRole,
        IReadOnlyDictionary<string, (string? Answer, string? Argument)> answers, string? attestation, CancellationToken ct)
    {
        var (state, found, sender) = await OpenAsync(token, ct).ConfigureAwait(false);
        switch (state)
        {
            case QuestionnaireState.Unknown: throw new InvalidInputException(string.Empty, "This questionnaire link is not valid.");
            case QuestionnaireState.Submitted: throw new InvalidInputException(string.Empty, "This questionnaire has already been answered.");
            case QuestionnaireState.Expired: throw new InvalidInputException(string.Empty, "This questionnaire link has expired; ask the sender for a new one.");
            case QuestionnaireState.Withdrawn: throw new InvalidInputException(string.Empty, "The sender has withdrawn this questionnaire.");
        }

        var name = Input.Required("RespondentName", respondentName, 200, "Your name");
        var role = Input.Required("RespondentRole", respondentRole, 200, "Your role");
        var attestationText = ParseAttestation(attestation);
        var parsed = ParseAnswers(answers, required: attestationText is null);

        var now = time.GetUtcNow();
        var json = AnswersJson(found!, sender!, name, role, now, parsed, attestationText);
        var row = await db.VendorQuestionnaires.FirstAsync(q => q.Id == found!.Id, ct).ConfigureAwait(false);
        if (row.SubmittedAt is not null)
        {
            // Answered between the check above and this read; a read before that answer is caught by the concurrency token.
            throw new InvalidInputException(string.Empty, "This questionnaire has already been answered.");
        }

        row.SubmittedAt = now;
        row.AnswersJson = json;
        row.AttestationJson = attestationText;
        row.Sha256 = AuditHash.Sha256Hex(json);
        try
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another submission of the same link won the race (SubmittedAt is a concurrency token).
            throw new InvalidInputException(string.Empty, "This questionnaire has already been answered.");
        }
    }

    private List<VendorAnswer> ParseAnswers(IReadOnlyDictionary<string, (string? Answer, string? Argument)> answers, bool required)
    {
        var known = Claims.Select(c => c.Id.ToString()).ToHashSet(StringComparer.Ordinal);
        foreach (var key in answers.Keys)
        {
            if (!known.Contains(key))
            {
                throw new InvalidInputException(string.Empty, $"'{Truncate(key)}' is not one of the questionnaire's claims.");
            }
        }

        var parsed = new List<VendorAnswer>();
        foreach (var claim in Claims)
        {
            var id = claim.Id.ToString();
            answers.TryGetValue(id, out var given);
            if (string.IsNullOrEmpty(given.Answer) || given.Answer == "unanswered")
            {
                if (required)
                {
                    throw new InvalidInputException("Answers[" + id + "]", $"Answer claim {id}, or attach your attestation instead.");
                }

                continue;
            }

            if (!AnswerText.TryParse(given.Answer, out var answer) || answer == Answer.Unanswered)
            {
                throw new InvalidInputException("Answers[" + id + "]", $"The answer to claim {id} must be met, partially-met, not-met or not-applicable.");
            }

            var argument = Input.Optional("Arguments[" + id + "]", given.Argument, MaxArgumentLength, $"The argument for claim {id}");
            if (argument is null && answer is Answer.Met or Answer.PartiallyMet)
            {
                throw new InvalidInputException("Arguments[" + id + "]", $"Say briefly why claim {id} is {answer.ToLabel().ToLowerInvariant()}.");
            }

            parsed.Add(new VendorAnswer(id, answer, argument));
        }

        return parsed;
    }

    private static string? ParseAttestation(string? attestation)
    {
        if (string.IsNullOrWhiteSpace(attestation))
        {
            return null;
        }

        if (Encoding.UTF8.GetByteCount(attestation) > MaxAttestationBytes)
        {
            throw new InvalidInputException("Attestation", $"The attestation must be at most {MaxAttestationBytes / 1024} KiB.");
        }

        try
        {
            using var document = JsonDocument.Parse(attestation, new JsonDocumentOptions { MaxDepth = 64 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("payloadType", out _) ||
                !root.TryGetProperty("payload", out _) || !root.TryGetProperty("signatures", out var signatures) ||
                signatures.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidInputException("Attestation", "The attestation must be a DSSE envelope (payloadType, payload and signatures).");
            }
        }
        catch (JsonException e)
        {
            throw new InvalidInputException("Attestation", $"The attestation is not valid JSON (line {e.LineNumber + 1}).");
        }

        return attestation.Trim();
    }

    private string AnswersJson(VendorQuestionnaire q, string sender, string name, string role, DateTimeOffset at, List<VendorAnswer> answers, string? attestation)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteString("catalogue", catalog.Version);
            json.WriteString("sender", sender);
            json.WriteString("vendor", q.VendorName);
            json.WriteString("product", q.ProductName);
            json.WriteStartObject("respondent");
            json.WriteString("name", name);
            json.WriteString("role", role);
            json.WriteEndObject();
            json.WriteString("submittedAt", AuditHash.FormatTime(at));
            if (attestation is not null)
            {
                json.WriteString("attestationSha256", AuditHash.Sha256Hex(attestation));
            }

            json.WriteStartArray("claims");
            foreach (var a in answers)
            {
                json.WriteStartObject();
                json.WriteString("claim", a.Claim);
                json.WriteString("answer", a.Answer.ToToken());
                if (a.Argument is not null)
                {
                    json.WriteString("argument", a.Argument);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Truncate(string text) => text.Length <= 20 ? text : string.Concat(text.AsSpan(0, 20), "…");

    /// <summary>Counts of answers per principle of a submitted questionnaire, for the summary table.</summary>
    public static IReadOnlyList<(string Principle, int Met, int Partly, int NotMet, int NotApplicable)> Summary(string answersJson)
    {
        using var document = JsonDocument.Parse(answersJson);
        return document.RootElement.GetProperty("claims").EnumerateArray()
            .Select(c => (Claim: ClaimId.Parse(c.GetProperty("claim").GetString()!), Answer: c.GetProperty("answer").GetString()))
            .GroupBy(c => c.Claim.Principle)
            .OrderBy(g => g.Key)
            .Select(g => (g.Key.ToString(), g.Count(c => c.Answer == "met"), g.Count(c => c.Answer == "partially-met"),
                g.Count(c => c.Answer == "not-met"), g.Count(c => c.Answer == "not-applicable")))
            .ToList();
    }

    /// <summary>How long until a link expires, for the list ("12 days").</summary>
    public string ExpiresIn(VendorQuestionnaire q)
    {
        ArgumentNullException.ThrowIfNull(q);
        var left = q.ExpiresAt - time.GetUtcNow();
        return left <= TimeSpan.Zero ? "expired" : string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(left.TotalDays):0} days");
    }
}
