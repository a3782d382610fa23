using CodeAssure.Web.Validation;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Pages;

/// <summary>Runs a change and shows a rejected input as a message on the page instead of an error page.</summary>
internal abstract class FormPageModel : PageModel
{
    protected async Task<bool> TryAsync(Func<Task> change)
    {
        try
        {
            await change().ConfigureAwait(false);
            return true;
        }
        catch (InvalidInputException e)
        {
            ModelState.AddModelError(e.Field, e.Message);
            return false;
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError(string.Empty, "The change conflicts with data saved at the same time; nothing was saved. Try again.");
            return false;
        }
    }

    protected string UserId => User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "anonymous";
}
