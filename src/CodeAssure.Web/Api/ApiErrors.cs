using CodeAssure.Web.Validation;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Api;

/// <summary>Maps rejected input to RFC 9457 problem details: 400 with the field at fault, 409 on a lost race.</summary>
internal static class ApiErrors
{
    public static async ValueTask<object?> GuardAsync(Func<ValueTask<object?>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (InvalidInputException e)
        {
            return Invalid(e);
        }
        catch (DbUpdateException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict",
                detail: "The change conflicts with data saved at the same time; nothing was saved. Reload and try again.");
        }
    }

    public static IResult Invalid(InvalidInputException e) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [e.Field] = [e.Message] },
            detail: e.Message,
            title: "The request is not valid");
}
