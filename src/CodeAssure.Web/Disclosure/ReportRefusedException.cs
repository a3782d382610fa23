namespace CodeAssure.Web.Disclosure;

/// <summary>A report refused as automated, replayed or over a limit: shown to the sender as a message with a status.</summary>
internal sealed class ReportRefusedException : Exception
{
    public ReportRefusedException(int statusCode, string message)
        : base(message)
    {
        StatusCode = statusCode;
    }

    public ReportRefusedException()
    {
    }

    public ReportRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The HTTP status the page is answered with (400 or 429).</summary>
    public int StatusCode { get; } = StatusCodes.Status400BadRequest;
}
