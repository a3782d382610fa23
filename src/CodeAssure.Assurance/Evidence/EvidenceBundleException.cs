namespace CodeAssure.Assurance.Evidence;

/// <summary>An uploaded evidence bundle was refused; the message names the member (JSON path) and what was expected.</summary>
public sealed class EvidenceBundleException : Exception
{
    /// <summary>A refusal.</summary>
    public EvidenceBundleException(string message)
        : base(message)
    {
    }

    /// <summary>A refusal with no detail.</summary>
    public EvidenceBundleException()
        : this("the evidence bundle was refused")
    {
    }

    /// <summary>A refusal caused by another error.</summary>
    public EvidenceBundleException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
