using Microsoft.AspNetCore.Mvc;
using OpenCityAomori.Core.Directory;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Partnership.Data;
using OpenCityAomori.Modules.Partnership.Models;
using OpenCityAomori.Modules.Partnership.Services;

namespace OpenCityAomori.Modules.Partnership.Controllers;

/// <summary>
/// Registering an agreement (also one that predates the proposal scheme) and editing one. Lists take rows without
/// JavaScript: "add:{list}" posts back with one more row, ticked rows are removed; nothing is saved until "save".
/// Department staff register and edit only for their own department.
/// </summary>
[Route("admin/partnership/agreements/new")]
[AuthorizePermission(Permissions.Names.ManageAgreements)]
internal sealed class AgreementEditorController(PartnershipDbContext db, AgreementAccess access, AgreementStore store, IUserDirectory directory)
    : AgreementControllerBase(db, access)
{
    [HttpGet("")]
    public async Task<IActionResult> New(CancellationToken cancellationToken)
    {
        var forced = await ForcedDepartmentAsync();
        return forced is { Length: 0 } ? Forbid() : await PageAsync(null, new AgreementForm { Type = nameof(AgreementType.Business), Department = forced }, cancellationToken);
    }

    [HttpPost("")]
    public async Task<IActionResult> Create(AgreementForm form, string? submit, CancellationToken cancellationToken)
    {
        var forced = await ForcedDepartmentAsync();
        if (forced is { Length: 0 })
        {
            return Forbid();
        }

        if (submit != "save")
        {
            return await RowsChangedAsync(null, form, submit, cancellationToken);
        }

        form.ApplyRowChanges(null);
        var (valid, errors) = AgreementValidator.Validate(form, await directory.DepartmentsAsync(cancellationToken), forced);
        if (valid is null)
        {
            return await InvalidAsync(null, form, errors, cancellationToken);
        }

        var agreement = await store.CreateAsync(valid, UserId, cancellationToken);
        TempData["Message"] = Cultures.T("連携協定を登録しました（協議中）。", "The agreement was registered (under negotiation).");
        return Redirect(AgreementRoutes.Admin(agreement.Id));
    }

    [HttpGet("/admin/partnership/agreements/{id:long}/edit")]
    public Task<IActionResult> Edit(long id, CancellationToken cancellationToken) =>
        WithAgreementAsync(id, agreement => PageAsync(id, AgreementForm.From(agreement), cancellationToken), cancellationToken);

    [HttpPost("/admin/partnership/agreements/{id:long}/edit")]
    public Task<IActionResult> Update(long id, AgreementForm form, string? submit, CancellationToken cancellationToken) => WithAgreementAsync(id, async agreement =>
    {
        if (submit != "save")
        {
            return await RowsChangedAsync(id, form, submit, cancellationToken);
        }

        form.ApplyRowChanges(null);
        var (valid, errors) = AgreementValidator.Validate(form, await directory.DepartmentsAsync(cancellationToken), await ForcedDepartmentAsync());
        if (valid is null)
        {
            return await InvalidAsync(id, form, errors, cancellationToken);
        }

        var refused = await store.UpdateAsync(agreement, valid, UserId, cancellationToken);
        TempData["Message"] = refused is null
            ? Cultures.T("連携協定を保存しました。", "The agreement was saved.")
            : Cultures.T("連携協定を保存しましたが、公開ページは更新できませんでした：", "The agreement was saved, but its public page was not updated: ") + refused;
        return Redirect(AgreementRoutes.Admin(id));
    }, cancellationToken);

    /// <summary>Null for desk staff (any department); the user's own department for department staff (empty: none, refused).</summary>
    private async Task<string?> ForcedDepartmentAsync() =>
        await Access.DepartmentScopeAsync(User) is { } scope ? scope : null;

    private async Task<IActionResult> RowsChangedAsync(long? id, AgreementForm form, string? submit, CancellationToken cancellationToken)
    {
        var list = submit is { } s && s.StartsWith("add:", StringComparison.Ordinal) ? s[4..] : null;
        form.ApplyRowChanges(AgreementForm.Lists.Contains(list) ? list : null);

        // Row numbers moved: the posted values of the old rows must not be shown in the new ones.
        ModelState.Clear();
        return await PageAsync(id, form, cancellationToken);
    }

    private async Task<IActionResult> InvalidAsync(long? id, AgreementForm form, IReadOnlyList<(string Key, string Message)> errors, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        foreach (var (key, message) in errors)
        {
            ModelState.AddModelError(key, message);
        }

        return await PageAsync(id, form, cancellationToken);
    }

    private async Task<IActionResult> PageAsync(long? id, AgreementForm form, CancellationToken cancellationToken) =>
        View("/Views/AgreementsAdmin/Edit.cshtml", new AgreementEditPage(id, form.WithEmptyRows(), await directory.DepartmentsAsync(cancellationToken), await ForcedDepartmentAsync()));
}
