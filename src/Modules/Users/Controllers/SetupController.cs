using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using OpenCityAomori.Modules.Users.Models;
using OpenCityAomori.Modules.Users.Services;
using static OpenCityAomori.Core.Localization.Cultures;

namespace OpenCityAomori.Modules.Users.Controllers;

/// <summary>First run: creates the first administrator. Gone (404) once one exists.</summary>
[Route("setup")]
[AllowAnonymous]
internal sealed class SetupController(AdministratorAccounts administrators) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() =>
        await administrators.AnyAdministratorAsync() ? NotFound() : View(new SetupForm());

    [HttpPost("")]
    [EnableRateLimiting("login")]
    public async Task<IActionResult> Index(SetupForm form)
    {
        if (await administrators.AnyAdministratorAsync())
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(form.DisplayName))
        {
            ModelState.AddModelError(nameof(form.DisplayName), T("氏名を入力してください。", "Enter your name."));
        }

        if (string.IsNullOrWhiteSpace(form.Email))
        {
            ModelState.AddModelError(nameof(form.Email), T("メールアドレスを入力してください。", "Enter an e-mail address."));
        }

        if (form.Password != form.ConfirmPassword)
        {
            ModelState.AddModelError(nameof(form.ConfirmPassword), T("確認用パスワードが一致しません。", "The confirmation does not match the password."));
        }

        if (ModelState.IsValid)
        {
            var result = await administrators.CreateAsync(form.Email.Trim(), form.DisplayName.Trim(), form.Password);
            if (result.Succeeded)
            {
                TempData["Message"] = T("管理者を作成しました。ログインしてください。", "The administrator was created. Please log in.");
                return Redirect("/account/login");
            }

            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(form.Password) : nameof(form.Email), error.Description);
            }
        }

        return View(form);
    }
}
