namespace CodeAssure.Cli;

/// <summary>A mistake in what the user asked for (e.g. an unknown id); reported in one line with exit code 2.</summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException()
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
