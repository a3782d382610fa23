namespace CodeAssure.Attestation.Verification;

/// <summary>Why an attestation was refused; each has one precise reason text in the verdict.</summary>
public enum VerificationFailure
{
    /// <summary>Larger than the size limit.</summary>
    Oversized,

    /// <summary>Not a DSSE JSON envelope, or the statement or predicate inside is malformed.</summary>
    Malformed,

    /// <summary>A base64 field of the envelope is not valid base64.</summary>
    BadBase64,

    /// <summary>The payload type is not application/vnd.in-toto+json.</summary>
    WrongPayloadType,

    /// <summary>The predicate type is not CodeAssure's self-assessment predicate.</summary>
    WrongPredicateType,

    /// <summary>The envelope carries no signature.</summary>
    NoSignature,

    /// <summary>No signature's key id is in the trusted key set.</summary>
    UnknownKey,

    /// <summary>The signature does not verify with the key it names.</summary>
    SignatureInvalid,

    /// <summary>The signing key was not valid at the signing time (before activation or after retirement).</summary>
    KeyNotValidAtSigningTime,

    /// <summary>The validity period has not started.</summary>
    NotYetValid,

    /// <summary>The validity period has ended.</summary>
    Expired,

    /// <summary>The subject's digest does not match the SBOM in the bundle.</summary>
    SubjectDigestMismatch,

    /// <summary>An evidence file or bundle does not match the digest the attestation signed.</summary>
    EvidenceDigestMismatch,

    /// <summary>An evidence file the attestation names is missing from the bundle.</summary>
    EvidenceMissing,

    /// <summary>A newer attestation for the same subject is already known (replay of an older one).</summary>
    Superseded,

    /// <summary>The bundle archive is unreadable or unsafe.</summary>
    BadBundle,
}
