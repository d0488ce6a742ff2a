using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Users.Data;
using OpenCityAomori.Modules.Users.Models;
using static OpenCityAomori.Core.Localization.Cultures;

namespace OpenCityAomori.Modules.Users.Controllers;

[Route("admin/users")]
internal sealed class UsersController(UserManager<AppUser> users, UsersDbContext db, TimeProvider clock) : Controller
{
    private const int PageSize = 50;

    [HttpGet("")]
    [AuthorizePermission(Permissions.Names.ViewUsers)]
    public async Task<IActionResult> Index(string? q, Guid? department, int page = 1)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim().ToUpperInvariant();
            query = query.Where(u => u.NormalizedEmail!.Contains(term) || u.DisplayName.Contains(q.Trim()));
        }

        if (department is not null)
        {
            query = query.Where(u => u.DepartmentId == department);
        }

        var total = await query.CountAsync();
        var totalPages = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, totalPages);
        var list = await query.OrderBy(u => u.Email).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync();
        var departments = await db.Departments.AsNoTracking().OrderBy(d => d.Code).ToListAsync();
        var ids = list.Select(u => u.Id).ToList();
        var roleNames = await (from ur in db.UserRoles
                               join r in db.Roles on ur.RoleId equals r.Id
                               where ids.Contains(ur.UserId)
                               select new { ur.UserId, r.Name }).ToListAsync();
        var english = Current == English;
        var now = clock.GetUtcNow();
        var items = list.Select(u => new UserListItem(
            u.Id, u.Email ?? string.Empty, u.DisplayName,
            departments.FirstOrDefault(d => d.Id == u.DepartmentId)?.Name(english),
            roleNames.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order(StringComparer.Ordinal).ToList(),
            u.IsDisabled, u.LockoutEnd > now)).ToList();
        return View(new UserListPage(items, q, department, page, totalPages, departments));
    }

    [HttpGet("create")]
    [AuthorizePermission(Permissions.Names.ManageUsers)]
    public async Task<IActionResult> Create() => View("Edit", await EditPageAsync(new UserForm(), isNew: true));

    [HttpPost("create")]
    [AuthorizePermission(Permissions.Names.ManageUsers)]
    public async Task<IActionResult> Create([Bind(Prefix = "Form")] UserForm form)
    {
        await ValidateAsync(form);
        if (string.IsNullOrEmpty(form.Password))
        {
            ModelState.AddModelError("Form." + nameof(form.Password), T("初期パスワードを入力してください。", "Enter an initial password."));
        }

        if (ModelState.IsValid)
        {
            var user = new AppUser { CreatedUtc = clock.GetUtcNow().UtcDateTime, EmailConfirmed = true };
            Apply(form, user);
            var result = await users.CreateAsync(user, form.Password!);
            if (result.Succeeded && (result = await users.AddToRolesAsync(user, form.Roles)).Succeeded)
            {
                TempData["Message"] = T($"ユーザー「{user.DisplayName}」を作成しました。", $"User '{user.DisplayName}' was created.");
                return RedirectToAction(nameof(Index));
            }

            if (user.Id is not null && await users.FindByIdAsync(user.Id) is { } partial)
            {
                await users.DeleteAsync(partial);
            }

            AddErrors(result, nameof(form.Email));
        }

        return View("Edit", await EditPageAsync(form, isNew: true));
    }

    [HttpGet("{id}")]
    [AuthorizePermission(Permissions.Names.ManageUsers)]
    public async Task<IActionResult> Edit(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var form = new UserForm
        {
            Id = user.Id,
            Email = user.Email ?? string.Empty,
            DisplayName = user.DisplayName,
            DepartmentId = user.DepartmentId,
            IsDisabled = user.IsDisabled,
            Roles = [.. await users.GetRolesAsync(user)],
        };
        return View(await EditPageAsync(form, isNew: false));
    }

    [HttpPost("{id}")]
    [AuthorizePermission(Permissions.Names.ManageUsers)]
    public async Task<IActionResult> Edit(string id, [Bind(Prefix = "Form")] UserForm form)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        form.Id = id;
        await ValidateAsync(form);
        var isSelf = user.Id == users.GetUserId(User);
        if (isSelf && (form.IsDisabled || !form.Roles.Contains(RoleNames.Administrator) && await users.IsInRoleAsync(user, RoleNames.Administrator)))
        {
            ModelState.AddModelError("Form." + nameof(form.Roles), T("自分自身を無効にしたり、自分の管理者ロールを外したりすることはできません。", "You cannot disable yourself or remove your own Administrator role."));
        }

        if (ModelState.IsValid)
        {
            var wasDisabled = user.IsDisabled;
            Apply(form, user);
            var result = await users.UpdateAsync(user);
            var current = await users.GetRolesAsync(user);
            if (result.Succeeded)
            {
                result = await users.RemoveFromRolesAsync(user, current.Except(form.Roles));
            }

            if (result.Succeeded)
            {
                result = await users.AddToRolesAsync(user, form.Roles.Except(current));
            }

            if (result.Succeeded && (wasDisabled != user.IsDisabled || current.Count != form.Roles.Count))
            {
                // Ends the user's existing sessions at the next security-stamp check.
                await users.UpdateSecurityStampAsync(user);
            }

            if (result.Succeeded)
            {
                TempData["Message"] = T($"ユーザー「{user.DisplayName}」を保存しました。", $"User '{user.DisplayName}' was saved.");
                return RedirectToAction(nameof(Index));
            }

            AddErrors(result, nameof(form.Email));
        }

        return View(await EditPageAsync(form, isNew: false));
    }

    [HttpPost("{id}/reset-password")]
    [AuthorizePermission(Permissions.Names.ManageUsers)]
    public async Task<IActionResult> ResetPassword(string id, ResetPasswordForm form)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, form.NewPassword ?? string.Empty);
        if (result.Succeeded)
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            TempData["Message"] = T($"「{user.DisplayName}」のパスワードを再設定しました。", $"The password of '{user.DisplayName}' was reset.");
        }
        else
        {
            TempData["Error"] = string.Join(" ", result.Errors.Select(e => e.Description));
        }

        return RedirectToAction(nameof(Edit), new { id });
    }

    private async Task ValidateAsync(UserForm form)
    {
        if (string.IsNullOrWhiteSpace(form.DisplayName))
        {
            ModelState.AddModelError("Form." + nameof(form.DisplayName), T("氏名を入力してください。", "Enter the user's name."));
        }

        if (string.IsNullOrWhiteSpace(form.Email) || !form.Email.Contains('@', StringComparison.Ordinal))
        {
            ModelState.AddModelError("Form." + nameof(form.Email), T("正しいメールアドレスを入力してください。", "Enter a valid e-mail address."));
        }

        var known = await db.Roles.Select(r => r.Name!).ToListAsync();
        form.Roles = form.Roles.Where(known.Contains).Distinct().ToList();
        if (form.Roles.Contains(RoleNames.DepartmentStaff) && form.DepartmentId is null)
        {
            ModelState.AddModelError("Form." + nameof(form.DepartmentId), T("事業担当課職員には部署を指定してください。", "Department staff must belong to a department."));
        }

        if (form.DepartmentId is { } department && !await db.Departments.AnyAsync(d => d.Id == department))
        {
            ModelState.AddModelError("Form." + nameof(form.DepartmentId), T("部署が見つかりません。", "The department does not exist."));
        }
    }

    private static void Apply(UserForm form, AppUser user)
    {
        user.Email = form.Email.Trim();
        user.UserName = form.Email.Trim();
        user.DisplayName = form.DisplayName.Trim();
        user.DepartmentId = form.DepartmentId;
        user.IsDisabled = form.IsDisabled;
    }

    private void AddErrors(IdentityResult result, string field)
    {
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError("Form." + (error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(UserForm.Password) : field), error.Description);
        }
    }

    private async Task<UserEditPage> EditPageAsync(UserForm form, bool isNew) => new(
        form,
        await db.Departments.AsNoTracking().Where(d => d.IsActive || d.Id == form.DepartmentId).OrderBy(d => d.Code).ToListAsync(),
        await db.Roles.AsNoTracking().OrderBy(r => r.Name).ToListAsync(),
        isNew);
}
