namespace CodeAssure.Web.Validation;

/// <summary>
/// Input that breaks a rule, named by field; pages show the message beside the field, the API answers with a 400
/// validation problem. Thrown before anything is saved, so a rejected request changes nothing.
/// </summary>
internal sealed class InvalidInputException : Exception
{
    public InvalidInputException(string field, string message)
        : base(message)
    {
        Field = field;
    }

    public InvalidInputException()
    {
        Field = "";
    }

    public InvalidInputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = "";
    }

    /// <summary>The input field at fault (camelCase, as in the API).</summary>
    public string Field { get; }
}
