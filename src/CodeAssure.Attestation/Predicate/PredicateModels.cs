namespace CodeAssure.Attestation.Predicate;

/// <summary>Which self-assessment version was signed, by its number and canonical SHA-256.</summary>
/// <param name="Version">The assessment's version number (also the attestation's sequence for its subject).</param>
/// <param name="Sha256">The SHA-256 of the assessment's canonical JSON.</param>
public sealed record AssessmentReference(int Version, string Sha256);

/// <summary>Who signed the self-assessment off, in which role, and when.</summary>
/// <param name="Name">The signer's name (account name).</param>
/// <param name="Role">The signer's role, <c>sro</c> for the Senior Responsible Owner.</param>
/// <param name="SignedAt">The sign-off time.</param>
public sealed record SignOffRecord(string Name, string Role, DateTimeOffset SignedAt);

/// <summary>The period in which the attestation may be relied on: not before, and not from <c>NotAfter</c> on.</summary>
/// <param name="NotBefore">The start (the sign-off time).</param>
/// <param name="NotAfter">The end (by default 12 months after sign-off).</param>
public sealed record ValidityPeriod(DateTimeOffset NotBefore, DateTimeOffset NotAfter);

/// <summary>The release's SBOM digest (also the subject's digest), or a note saying why there is none.</summary>
/// <param name="Sha256">The SBOM's SHA-256, or null.</param>
/// <param name="Note">Why there is no SBOM digest (then the subject digest is the assessment's canonical digest).</param>
public sealed record SbomReference(string? Sha256 = null, string? Note = null);

/// <summary>One claim's answer as signed off.</summary>
/// <param name="Claim">The claim id, e.g. 1.2.3.</param>
/// <param name="Principle">The principle id, e.g. 1.2.</param>
/// <param name="Answer">met, partially-met, not-met or not-applicable.</param>
/// <param name="Evidence">The evidence item ids relied on.</param>
/// <param name="Argument">Why the evidence shows the claim holds.</param>
/// <param name="Justification">Why the claim does not apply.</param>
public sealed record ClaimRecord(string Claim, string Principle, string Answer, IReadOnlyList<string> Evidence, string? Argument = null, string? Justification = null);

/// <summary>One evidence item: files carry their SHA-256, links their URL, automated evidence its bundle id.</summary>
/// <param name="Id">The item's id within the assessment.</param>
/// <param name="Kind">file, link or automated.</param>
/// <param name="Title">A short description.</param>
/// <param name="FileName">The file name (files).</param>
/// <param name="Sha256">The file's SHA-256 (files).</param>
/// <param name="Url">The link (links).</param>
/// <param name="BundleId">The evidence bundle id (automated evidence).</param>
public sealed record EvidenceRecord(string Id, string Kind, string Title, string? FileName = null, string? Sha256 = null, string? Url = null, string? BundleId = null);

/// <summary>One uploaded evidence bundle relied on, with its SHA-256.</summary>
/// <param name="Id">The bundle's id.</param>
/// <param name="Sha256">The bundle's SHA-256.</param>
public sealed record EvidenceBundleRecord(string Id, string Sha256);
