using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Users.Data;
using OpenCityAomori.Modules.Users.Models;
using OpenCityAomori.Modules.Users.Services;
using static OpenCityAomori.Core.Localization.Cultures;

namespace OpenCityAomori.Modules.Users.Controllers;

[Route("admin/roles")]
[AuthorizePermission(Permissions.Names.ManageRoles)]
internal sealed class RolesController(RoleManager<AppRole> roles, UsersDbContext db, IPermissionRegistry registry, IMemoryCache cache) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var counts = await db.UserRoles.GroupBy(ur => ur.RoleId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        var english = Current == English;
        var list = (await db.Roles.AsNoTracking().OrderBy(r => r.Name).ToListAsync())
            .Select(r => new RoleListItem(r.Name!, english ? r.DescriptionEn : r.DescriptionJa,
                counts.FirstOrDefault(c => c.Key == r.Id)?.Count ?? 0, RoleNames.BuiltIn.ContainsKey(r.Name!)))
            .ToList();
        return View(list);
    }

    [HttpGet("create")]
    public IActionResult Create() => View("Edit", new RoleEditPage(new RoleForm(), registry.GetEnabledPermissions(), IsNew: true, IsAdministrator: false));

    [HttpPost("create")]
    public async Task<IActionResult> Create([Bind(Prefix = "Form")] RoleForm form)
    {
        if (string.IsNullOrWhiteSpace(form.Name) || !form.Name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            ModelState.AddModelError("Form." + nameof(form.Name), T("ロール名は半角英数字、ハイフン、下線で入力してください。", "Use ASCII letters, digits, hyphens or underscores for the role name."));
        }

        if (ModelState.IsValid)
        {
            var role = new AppRole(form.Name.Trim()) { DescriptionJa = form.DescriptionJa.Trim(), DescriptionEn = form.DescriptionEn.Trim() };
            var result = await roles.CreateAsync(role);
            if (result.Succeeded)
            {
                await SetPermissionsAsync(role, form.Permissions);
                TempData["Message"] = T($"ロール「{role.Name}」を作成しました。", $"Role '{role.Name}' was created.");
                return RedirectToAction(nameof(Index));
            }

            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("Form." + nameof(form.Name), error.Description);
            }
        }

        return View("Edit", new RoleEditPage(form, registry.GetEnabledPermissions(), IsNew: true, IsAdministrator: false));
    }

    [HttpGet("{name}")]
    public async Task<IActionResult> Edit(string name)
    {
        var role = await roles.FindByNameAsync(name);
        if (role is null)
        {
            return NotFound();
        }

        var held = await db.RoleClaims.Where(c => c.RoleId == role.Id && c.ClaimType == OcaClaimTypes.Permission).Select(c => c.ClaimValue!).ToListAsync();
        var form = new RoleForm { Name = role.Name!, DescriptionJa = role.DescriptionJa, DescriptionEn = role.DescriptionEn, Permissions = held };
        return View(new RoleEditPage(form, registry.GetEnabledPermissions(), IsNew: false, role.Name == RoleNames.Administrator));
    }

    [HttpPost("{name}")]
    public async Task<IActionResult> Edit(string name, [Bind(Prefix = "Form")] RoleForm form)
    {
        var role = await roles.FindByNameAsync(name);
        if (role is null)
        {
            return NotFound();
        }

        role.DescriptionJa = form.DescriptionJa.Trim();
        role.DescriptionEn = form.DescriptionEn.Trim();
        await roles.UpdateAsync(role);
        await SetPermissionsAsync(role, form.Permissions);
        TempData["Message"] = T($"ロール「{role.Name}」の権限を保存しました。", $"The permissions of role '{role.Name}' were saved.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{name}/delete")]
    public async Task<IActionResult> Delete(string name)
    {
        var role = await roles.FindByNameAsync(name);
        if (role is null)
        {
            return NotFound();
        }

        if (RoleNames.BuiltIn.ContainsKey(role.Name!) || await db.UserRoles.AnyAsync(ur => ur.RoleId == role.Id))
        {
            TempData["Error"] = T("組み込みのロールや、ユーザーが割り当てられているロールは削除できません。", "Built-in roles and roles with users cannot be deleted.");
            return RedirectToAction(nameof(Index));
        }

        await roles.DeleteAsync(role);
        RolePermissionStore.Evict(cache, name);
        TempData["Message"] = T($"ロール「{name}」を削除しました。", $"Role '{name}' was deleted.");
        return RedirectToAction(nameof(Index));
    }

    /// <summary>Replaces the role's grants with the chosen ones; unknown names are ignored.</summary>
    private async Task SetPermissionsAsync(AppRole role, IEnumerable<string> chosen)
    {
        var known = registry.GetEnabledPermissions().SelectMany(m => m.Permissions).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var wanted = chosen.Where(known.Contains).ToHashSet(StringComparer.Ordinal);
        var claims = await db.RoleClaims.Where(c => c.RoleId == role.Id && c.ClaimType == OcaClaimTypes.Permission).ToListAsync();

        // Grants of disabled modules are kept: re-enabling a module restores them.
        db.RoleClaims.RemoveRange(claims.Where(c => known.Contains(c.ClaimValue!) && !wanted.Contains(c.ClaimValue!)));
        foreach (var permission in wanted.Where(p => !claims.Any(c => c.ClaimValue == p)))
        {
            db.RoleClaims.Add(new AppRoleClaim { RoleId = role.Id, ClaimType = OcaClaimTypes.Permission, ClaimValue = permission });
        }

        await db.SaveChangesAsync();
        RolePermissionStore.Evict(cache, role.Name!);
    }
}
