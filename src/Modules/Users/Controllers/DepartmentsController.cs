using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Users.Data;
using OpenCityAomori.Modules.Users.Models;
using static OpenCityAomori.Core.Localization.Cultures;

namespace OpenCityAomori.Modules.Users.Controllers;

[Route("admin/departments")]
internal sealed class DepartmentsController(UsersDbContext db, IOutputCacheStore outputCache) : Controller
{
    [HttpGet("")]
    [AuthorizePermission(Permissions.Names.ViewDepartments)]
    public async Task<IActionResult> Index()
    {
        var counts = await db.Users.Where(u => u.DepartmentId != null).GroupBy(u => u.DepartmentId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        var list = (await db.Departments.AsNoTracking().OrderBy(d => d.Code).ToListAsync())
            .Select(d => new DepartmentListItem(d, counts.FirstOrDefault(c => c.Key == d.Id)?.Count ?? 0))
            .ToList();
        return View(list);
    }

    [HttpGet("create")]
    [AuthorizePermission(Permissions.Names.ManageDepartments)]
    public IActionResult Create() => View("Edit", new DepartmentForm());

    [HttpGet("{id:guid}")]
    [AuthorizePermission(Permissions.Names.ManageDepartments)]
    public async Task<IActionResult> Edit(Guid id)
    {
        var d = await db.Departments.FindAsync(id);
        return d is null ? NotFound() : View(new DepartmentForm { Id = d.Id, Code = d.Code, NameJa = d.NameJa, NameEn = d.NameEn, IsActive = d.IsActive });
    }

    [HttpPost("create")]
    [AuthorizePermission(Permissions.Names.ManageDepartments)]
    public Task<IActionResult> Create(DepartmentForm form) => SaveAsync(null, form);

    [HttpPost("{id:guid}")]
    [AuthorizePermission(Permissions.Names.ManageDepartments)]
    public Task<IActionResult> Edit(Guid id, DepartmentForm form) => SaveAsync(id, form);

    private async Task<IActionResult> SaveAsync(Guid? id, DepartmentForm form)
    {
        form.Id = id;
        form.Code = (form.Code ?? string.Empty).Trim().ToUpperInvariant();
        if (form.Code.Length is 0 or > 50 || !form.Code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            ModelState.AddModelError(nameof(form.Code), T("コードは50文字以内の半角英数字とハイフンで入力してください。", "Use up to 50 ASCII letters, digits or hyphens for the code."));
        }
        else if (await db.Departments.AnyAsync(d => d.Code == form.Code && d.Id != id))
        {
            ModelState.AddModelError(nameof(form.Code), T("このコードは既に使われています。", "This code is already used."));
        }

        if (string.IsNullOrWhiteSpace(form.NameJa))
        {
            ModelState.AddModelError(nameof(form.NameJa), T("部署名（日本語）を入力してください。", "Enter the Japanese name."));
        }

        if (string.IsNullOrWhiteSpace(form.NameEn))
        {
            ModelState.AddModelError(nameof(form.NameEn), T("部署名（英語）を入力してください。", "Enter the English name."));
        }

        if (!ModelState.IsValid)
        {
            return View("Edit", form);
        }

        var department = id is null ? null : await db.Departments.FindAsync(id.Value);
        if (id is not null && department is null)
        {
            return NotFound();
        }

        if (department is null)
        {
            department = new Department { Id = Guid.NewGuid(), Code = form.Code, NameJa = string.Empty, NameEn = string.Empty };
            db.Departments.Add(department);
        }

        department.Code = form.Code;
        department.NameJa = form.NameJa.Trim();
        department.NameEn = form.NameEn.Trim();
        department.IsActive = form.IsActive;
        await db.SaveChangesAsync();

        // Public pages show departments by their directory names (a challenge's 担当課).
        await outputCache.EvictByTagAsync(PublicCache.Tag, HttpContext.RequestAborted);
        TempData["Message"] = T($"部署「{department.NameJa}」を保存しました。", $"Department '{department.NameEn}' was saved.");
        return RedirectToAction(nameof(Index));
    }
}
