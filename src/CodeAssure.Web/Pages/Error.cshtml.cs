using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CodeAssure.Web.Pages;

/// <summary>The error page for people (the API answers with problem details): a status, a sentence, no internals.</summary>
[IgnoreAntiforgeryToken]
internal sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Something went wrong";

    public string Message { get; private set; } = "The server could not complete the request. Nothing was saved.";

    // The status is read from the query directly, not model-bound: a re-executed POST still carries the original body,
    // and binding would read that form again (and fail the same way when the form itself was the problem).
    public void OnGet() => Describe(QueryStatus());

    public void OnPost() => Describe(QueryStatus());

    private int? QueryStatus() =>
        int.TryParse(Request.Query["status"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var s) && s is >= 400 and <= 599 ? s : null;

    private void Describe(int? status)
    {
        // Re-executed for a status code: keep it. Reached after an exception: 500.
        var code = status ?? StatusCodes.Status500InternalServerError;
        (Title, Message) = code switch
        {
            StatusCodes.Status404NotFound => ("Not found", "There is nothing here, or you do not have access to it."),
            StatusCodes.Status403Forbidden => ("Not allowed", "Your role in this organisation does not allow this."),
            StatusCodes.Status400BadRequest => ("Bad request", "The request was not valid (for a form: reload the page and try again)."),
            StatusCodes.Status429TooManyRequests => ("Too many attempts", "Wait a minute and try again."),
            _ => (Title, Message),
        };
        if (status is null)
        {
            Response.StatusCode = code;
        }
    }
}
