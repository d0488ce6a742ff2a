using Microsoft.AspNetCore.Mvc;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Core.Security;
using static OpenCityAomori.Core.Localization.Cultures;

namespace OpenCityAomori.Modules.Admin.Controllers;

[Route("admin/features")]
[AuthorizePermission(Permissions.Names.ManageFeatures)]
internal sealed class FeaturesController(IFeatureManager features) : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View(features.GetFeatures());

    [HttpPost("{id}/enable")]
    public async Task<IActionResult> Enable(string id)
    {
        if (!Exists(id))
        {
            return NotFound();
        }

        var changed = await features.EnableAsync(id);
        TempData["Message"] = T($"有効にしました：{string.Join("、", changed)}", $"Enabled: {string.Join(", ", changed)}");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id}/disable")]
    public async Task<IActionResult> Disable(string id)
    {
        if (!Exists(id))
        {
            return NotFound();
        }

        try
        {
            var changed = await features.DisableAsync(id);
            TempData["Message"] = T($"無効にしました：{string.Join("、", changed)}", $"Disabled: {string.Join(", ", changed)}");
        }
        catch (FeatureLockedException ex)
        {
            TempData["Error"] = T($"次のモジュールは無効にできません：{string.Join("、", ex.ModuleIds)}", $"These modules cannot be disabled: {string.Join(", ", ex.ModuleIds)}");
        }

        return RedirectToAction(nameof(Index));
    }

    private bool Exists(string id) => features.GetFeatures().Any(f => f.Manifest.Id == id);
}
