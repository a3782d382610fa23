namespace CodeAssure.Attestation.InToto;

/// <summary>A subject of an in-toto statement: a name and its SHA-256 (the only digest CodeAssure writes or trusts).</summary>
public sealed record StatementSubject
{
    /// <summary>A subject; the digest must be 64 lower-case hex digits.</summary>
    /// <exception cref="ArgumentException">An empty name or a malformed digest.</exception>
    public StatementSubject(string name, string sha256)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!Sha256Hex.IsValid(sha256))
        {
            throw new ArgumentException("sha256 must be 64 lower-case hex digits", nameof(sha256));
        }

        Name = name;
        Sha256 = sha256;
    }

    /// <summary>The subject's name, e.g. <c>payroll@2.4.0</c>.</summary>
    public string Name { get; }

    /// <summary>The subject's SHA-256.</summary>
    public string Sha256 { get; }
}
