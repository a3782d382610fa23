using System.Security.Cryptography;
using CodeAssure.Attestation.Bundles;
using CodeAssure.Attestation.Dsse;
using CodeAssure.Attestation.InToto;
using CodeAssure.Attestation.Keys;
using CodeAssure.Attestation.Predicate;

namespace CodeAssure.Attestation.Verification;

/// <summary>
/// Verifies CodeAssure self-assessment attestations against a trusted key set: size, envelope, payload type, signature
/// (ECDSA P-256, DER), statement and predicate, the key's validity at the signing time, the attestation's validity period
/// at the verifier's clock, replay against newer known attestations, and — with a bundle — every file's digest. The
/// first failed check is the verdict. Keys are imported once per verifier, so verifying many attestations is cheap.
/// </summary>
public sealed class AttestationVerifier : IDisposable
{
    /// <summary>The largest envelope accepted (a full assessment with long arguments is well under 1 MB).</summary>
    public const int MaxEnvelopeBytes = 5 * 1024 * 1024;

    private readonly JsonWebKeySet _keys;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, ECDsa> _verifiers = new(StringComparer.Ordinal);

    /// <summary>A verifier trusting the keys of <paramref name="keys"/> and reading the time from <paramref name="time"/>.</summary>
    public AttestationVerifier(JsonWebKeySet keys, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(time);
        _keys = keys;
        _time = time;
    }

    /// <summary>
    /// The latest issue time already accepted per subject name (e.g. from the procurer's imports); an older attestation
    /// for the same subject is refused as <see cref="VerificationFailure.Superseded"/>.
    /// </summary>
    public IReadOnlyDictionary<string, DateTimeOffset>? LatestKnownIssue { get; init; }

    /// <summary>Verifies an envelope on its own (no evidence files).</summary>
    public AttestationVerdict Verify(ReadOnlySpan<byte> envelopeJson) => Verify(envelopeJson, null);

    /// <summary>Verifies a bundle: its envelope, then every file against the signed digests.</summary>
    public AttestationVerdict Verify(AttestationBundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        return Verify(bundle.Attestation.Span, bundle);
    }

    private AttestationVerdict Verify(ReadOnlySpan<byte> envelopeJson, AttestationBundle? bundle)
    {
        if (envelopeJson.Length > MaxEnvelopeBytes)
        {
            return AttestationVerdict.Fail(VerificationFailure.Oversized, $"the attestation is {envelopeJson.Length} bytes; the limit is {MaxEnvelopeBytes} bytes");
        }

        DsseEnvelope envelope;
        try
        {
            envelope = DsseEnvelope.Parse(envelopeJson);
        }
        catch (DsseEnvelopeException e)
        {
            return AttestationVerdict.Fail(e.IsBadBase64 ? VerificationFailure.BadBase64 : VerificationFailure.Malformed, "not a DSSE envelope: " + e.Message);
        }

        if (envelope.PayloadType != DsseEnvelope.InTotoPayloadType)
        {
            return AttestationVerdict.Fail(VerificationFailure.WrongPayloadType, $"payloadType is '{Printable(envelope.PayloadType)}', expected {DsseEnvelope.InTotoPayloadType}");
        }

        if (envelope.Signatures.Count == 0)
        {
            return AttestationVerdict.Fail(VerificationFailure.NoSignature, "the envelope has no signature");
        }

        var (keyId, signatureFailure) = CheckSignature(envelope);
        if (signatureFailure is not null)
        {
            return signatureFailure;
        }

        InTotoStatement statement;
        SelfAssessmentPredicate predicate;
        try
        {
            statement = InTotoStatement.Parse(envelope.Payload);
        }
        catch (StatementException e)
        {
            return AttestationVerdict.Fail(VerificationFailure.Malformed, "the signed payload is not an in-toto Statement v1: " + e.Message) with { KeyId = keyId };
        }

        if (statement.PredicateType != SelfAssessmentPredicate.PredicateType)
        {
            return AttestationVerdict.Fail(VerificationFailure.WrongPredicateType, $"predicateType is '{Printable(statement.PredicateType)}', expected {SelfAssessmentPredicate.PredicateType}") with { KeyId = keyId, Statement = statement };
        }

        try
        {
            predicate = SelfAssessmentPredicate.From(statement);
        }
        catch (StatementException e)
        {
            return AttestationVerdict.Fail(VerificationFailure.Malformed, e.Message) with { KeyId = keyId, Statement = statement };
        }

        var read = new AttestationVerdict { Reason = "", KeyId = keyId, Statement = statement, Predicate = predicate };
        var key = _keys.Find(keyId!)!;
        if (!key.IsValidAt(predicate.IssuedAt))
        {
            var window = key.RetiredAt is { } r ? $"{Stamp(key.ActivatedAt)} to {Stamp(r)}" : $"from {Stamp(key.ActivatedAt)}";
            return read with { Failure = VerificationFailure.KeyNotValidAtSigningTime, Reason = $"key {keyId} was not valid when the attestation was issued ({Stamp(predicate.IssuedAt)}); it is valid {window}" };
        }

        var subject = statement.Subjects[0];
        var expectedSubject = predicate.Sbom.Sha256 ?? predicate.Assessment.Sha256;
        if (statement.Subjects.Count != 1 || subject.Sha256 != expectedSubject)
        {
            return read with { Failure = VerificationFailure.SubjectDigestMismatch, Reason = $"the subject digest {subject.Sha256} is not the predicate's {(predicate.Sbom.Sha256 is null ? "assessment" : "SBOM")} digest {expectedSubject}" };
        }

        var now = _time.GetUtcNow();
        if (now < predicate.Validity.NotBefore)
        {
            return read with { Failure = VerificationFailure.NotYetValid, Reason = $"the attestation is not valid before {Stamp(predicate.Validity.NotBefore)}" };
        }

        if (now >= predicate.Validity.NotAfter)
        {
            return read with { Failure = VerificationFailure.Expired, Reason = $"the attestation expired at {Stamp(predicate.Validity.NotAfter)}" };
        }

        if (LatestKnownIssue?.TryGetValue(subject.Name, out var latest) == true && latest > predicate.IssuedAt)
        {
            return read with { Failure = VerificationFailure.Superseded, Reason = $"superseded: an attestation for {subject.Name} issued at {Stamp(latest)} is newer than this one ({Stamp(predicate.IssuedAt)}, sequence {predicate.Assessment.Version})" };
        }

        var checkedDigests = 0;
        if (bundle is not null)
        {
            var bundleFailure = CheckFiles(bundle, subject, predicate, out checkedDigests);
            if (bundleFailure is not null)
            {
                return read with { Failure = bundleFailure.Value.Failure, Reason = bundleFailure.Value.Reason, DigestsChecked = checkedDigests };
            }
        }

        return read with
        {
            Reason = $"signed by key {keyId}; {subject.Name} signed off by {predicate.SignOff.Name} ({predicate.SignOff.Role}) on {Stamp(predicate.SignOff.SignedAt)}; valid until {Stamp(predicate.Validity.NotAfter)}"
                + (bundle is null ? "" : $"; {checkedDigests} file digests match"),
            DigestsChecked = checkedDigests,
        };
    }

    private (string? KeyId, AttestationVerdict? Failure) CheckSignature(DsseEnvelope envelope)
    {
        var signed = envelope.SignedBytes();
        string? namedButInvalid = null;
        foreach (var signature in envelope.Signatures)
        {
            // The keyid is a hint; an empty one means "try every trusted key".
            var candidates = signature.KeyId.Length == 0 ? _keys.Keys : _keys.Find(signature.KeyId) is { } k ? [k] : [];
            foreach (var key in candidates)
            {
                if (VerifierFor(key).VerifyData(signed, signature.Signature.Span, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence))
                {
                    return (key.KeyId, null);
                }

                namedButInvalid ??= key.KeyId;
            }
        }

        if (namedButInvalid is not null)
        {
            return (null, AttestationVerdict.Fail(VerificationFailure.SignatureInvalid, $"the signature does not verify with key {namedButInvalid}: the attestation was changed after signing, or signed by another key"));
        }

        var named = string.Join(", ", envelope.Signatures.Select(s => s.KeyId.Length == 0 ? "(none)" : Printable(s.KeyId)));
        return (null, AttestationVerdict.Fail(VerificationFailure.UnknownKey, $"signed by unknown key {named}: not in the trusted key set ({_keys.Keys.Count} keys)"));
    }

    private static (VerificationFailure Failure, string Reason)? CheckFiles(AttestationBundle bundle, StatementSubject subject, SelfAssessmentPredicate predicate, out int checkedDigests)
    {
        checkedDigests = 0;
        var evidence = predicate.Evidence.Where(e => e.Sha256 is not null).ToDictionary(e => e.Id, e => e.Sha256!, StringComparer.Ordinal);
        var bundles = predicate.EvidenceBundles.ToDictionary(b => b.Id, b => b.Sha256, StringComparer.Ordinal);
        var seenEvidence = new HashSet<string>(StringComparer.Ordinal);
        var seenBundles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in bundle.Files)
        {
            var actual = Sha256Hex.Of(file.Content.Span);
            string? expected;
            switch (file.Role)
            {
                case BundleFileRole.Evidence:
                    if (!evidence.TryGetValue(file.Id, out expected))
                    {
                        return (VerificationFailure.EvidenceDigestMismatch, $"{file.Path}: evidence '{Printable(file.Id)}' is not a file the attestation signed");
                    }

                    seenEvidence.Add(file.Id);
                    break;
                case BundleFileRole.EvidenceBundle:
                    if (!bundles.TryGetValue(file.Id, out expected))
                    {
                        return (VerificationFailure.EvidenceDigestMismatch, $"{file.Path}: evidence bundle '{Printable(file.Id)}' is not one the attestation signed");
                    }

                    seenBundles.Add(file.Id);
                    break;
                case BundleFileRole.Sbom:
                    if (actual != subject.Sha256)
                    {
                        return (VerificationFailure.SubjectDigestMismatch, $"{file.Path}: the SBOM's SHA-256 {actual} is not the subject's {subject.Sha256}");
                    }

                    checkedDigests++;
                    continue;
                default:
                    expected = predicate.Assessment.Sha256;
                    break;
            }

            if (actual != expected)
            {
                return (VerificationFailure.EvidenceDigestMismatch, $"{file.Path}: SHA-256 {actual} does not match the signed {expected}");
            }

            checkedDigests++;
        }

        if (evidence.Keys.FirstOrDefault(id => !seenEvidence.Contains(id)) is { } missing)
        {
            return (VerificationFailure.EvidenceMissing, $"evidence file '{missing}' signed in the attestation is not in the bundle");
        }

        if (bundles.Keys.FirstOrDefault(id => !seenBundles.Contains(id)) is { } missingBundle)
        {
            return (VerificationFailure.EvidenceMissing, $"evidence bundle '{missingBundle}' signed in the attestation is not in the bundle");
        }

        return null;
    }

    private ECDsa VerifierFor(PublicSigningKey key)
    {
        if (!_verifiers.TryGetValue(key.KeyId, out var verifier))
        {
            verifier = key.CreateVerifier();
            _verifiers[key.KeyId] = verifier;
        }

        return verifier;
    }

    private static string Stamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static string Printable(string text)
    {
        var clean = new string([.. text.Select(c => char.IsControl(c) ? '?' : c)]);
        return clean.Length > 80 ? clean[..80] + "…" : clean;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var verifier in _verifiers.Values)
        {
            verifier.Dispose();
        }

        _verifiers.Clear();
    }
}
