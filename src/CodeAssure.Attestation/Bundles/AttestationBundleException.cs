namespace CodeAssure.Attestation.Bundles;

/// <summary>The bundle zip is unreadable, too large or unsafe; the message says which entry and why.</summary>
public sealed class AttestationBundleException : Exception
{
    /// <summary>A bad bundle.</summary>
    public AttestationBundleException(string message)
        : base(message)
    {
    }

    /// <summary>An empty instance (serialisation conventions).</summary>
    public AttestationBundleException()
    {
    }

    /// <summary>A bad bundle with its cause.</summary>
    public AttestationBundleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
