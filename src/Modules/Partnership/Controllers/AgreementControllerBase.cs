using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Partnership.Data;
using OpenCityAomori.Modules.Partnership.Models;
using OpenCityAomori.Modules.Partnership.Services;

namespace OpenCityAomori.Modules.Partnership.Controllers;

/// <summary>What the registry's controllers share: an agreement loaded only within the user's department scope.</summary>
internal abstract class AgreementControllerBase(PartnershipDbContext db, AgreementAccess access) : Controller
{
    protected PartnershipDbContext Db => db;

    protected AgreementAccess Access => access;

    /// <summary>The user's id (content authorship).</summary>
    protected string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>The name recorded on follow-ups and documents.</summary>
    protected string UserLabel => User.FindFirstValue(OcaClaimTypes.DisplayName) is { Length: > 0 } name ? name : User.Identity?.Name ?? string.Empty;

    /// <summary>Runs <paramref name="action"/> on the agreement (tracked) when the user may see it; otherwise 404, or 403 (audited).</summary>
    protected async Task<IActionResult> WithAgreementAsync(long id, Func<Agreement, Task<IActionResult>> action, CancellationToken cancellationToken)
    {
        var agreement = await db.Agreements.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (agreement is null)
        {
            return NotFound();
        }

        return await access.CanSeeAsync(User, agreement, cancellationToken) ? await action(agreement) : Forbid();
    }

    /// <summary>
    /// The agreement's page again with a form's errors: "Form.X" becomes "{form}.X", the input's name on the page. The page
    /// shows the agreement as stored, not the refused change.
    /// </summary>
    protected async Task<IActionResult> DetailWithErrorsAsync(
        AgreementDetails details, Agreement agreement, string form, IEnumerable<(string Key, string Message)> errors, CancellationToken cancellationToken)
    {
        foreach (var (key, message) in errors)
        {
            ModelState.AddModelError(key.StartsWith("Form.", StringComparison.Ordinal) ? form + key[4..] : key, message);
        }

        if (db.Entry(agreement).State == EntityState.Modified)
        {
            await db.Entry(agreement).ReloadAsync(cancellationToken);
        }

        return View("/Views/AgreementsAdmin/Detail.cshtml", await details.BuildAsync(agreement, User, cancellationToken));
    }
}
