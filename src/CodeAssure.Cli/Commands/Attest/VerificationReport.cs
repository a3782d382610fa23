using System.Globalization;
using CodeAssure.Attestation.Verification;

namespace CodeAssure.Cli.Commands.Attest;

/// <summary>What <c>attest verify --format json</c> prints: the verdict, its reason, and what the attestation says.</summary>
internal sealed record VerificationReport(
    string Verdict,
    string? Failure,
    string Reason,
    string? Subject,
    string? SubjectSha256,
    string? KeyId,
    string? Organisation,
    string? Product,
    string? Release,
    string? CatalogVersion,
    int? Sequence,
    DateTimeOffset? IssuedAt,
    string? SignedOffBy,
    string? SignerRole,
    DateTimeOffset? ValidFrom,
    DateTimeOffset? ValidUntil,
    int DigestsChecked,
    IReadOnlyList<PrincipleSummary> Principles)
{
    public static VerificationReport From(AttestationVerdict verdict)
    {
        var p = verdict.Predicate;
        var subject = verdict.Statement?.Subjects[0];
        return new VerificationReport(
            verdict.IsValid ? "valid" : "invalid", verdict.Failure is { } f ? Kebab(f) : null, verdict.Reason,
            subject?.Name, subject?.Sha256, verdict.KeyId, p?.Organisation, p?.Product, p?.Release, p?.CatalogVersion,
            verdict.Sequence, verdict.IssuedAt, p?.SignOff.Name, p?.SignOff.Role, p?.Validity.NotBefore, p?.Validity.NotAfter,
            verdict.DigestsChecked, verdict.Principles);
    }

    public static async Task WriteTextAsync(TextWriter output, AttestationVerdict verdict)
    {
        var p = verdict.Predicate;
        if (verdict.Statement is { } statement)
        {
            await output.WriteLineAsync($"subject:     {statement.Subjects[0].Name} (sha256 {statement.Subjects[0].Sha256})").ConfigureAwait(false);
        }

        if (p is not null)
        {
            await output.WriteLineAsync($"issuer:      {p.Organisation}{(verdict.KeyId is null ? "" : " (key " + verdict.KeyId + ")")}").ConfigureAwait(false);
            await output.WriteLineAsync($"assessment:  version {p.Assessment.Version}, catalogue {p.CatalogVersion}, role {p.StakeholderRole}, sha256 {p.Assessment.Sha256}").ConfigureAwait(false);
            await output.WriteLineAsync($"signed off:  {p.SignOff.Name} ({p.SignOff.Role}) at {Stamp(p.SignOff.SignedAt)}").ConfigureAwait(false);
            await output.WriteLineAsync($"valid:       {Stamp(p.Validity.NotBefore)} to {Stamp(p.Validity.NotAfter)}").ConfigureAwait(false);
            if (p.Sbom.Note is { } note)
            {
                await output.WriteLineAsync($"sbom:        {note}").ConfigureAwait(false);
            }

            await output.WriteLineAsync().ConfigureAwait(false);
            await output.WriteLineAsync("principle  met  partly  not-met  n/a").ConfigureAwait(false);
            foreach (var row in verdict.Principles)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{row.Principle,-9}  {row.Met,3}  {row.PartiallyMet,6}  {row.NotMet,7}  {row.NotApplicable,3}")).ConfigureAwait(false);
            }

            await output.WriteLineAsync().ConfigureAwait(false);
        }

        await output.WriteLineAsync(verdict.IsValid
            ? $"verdict: valid: {verdict.Reason}"
            : $"verdict: invalid ({Kebab(verdict.Failure!.Value)}): {verdict.Reason}").ConfigureAwait(false);
    }

    private static string Stamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Kebab(VerificationFailure failure) =>
        System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(failure.ToString());
}
