using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace OpenCityAomori.Core.Mvc;

/// <summary>A fixed-window rate-limiter policy per client address, its limits read from the module's options on each request.</summary>
public static class ClientRateLimits
{
    /// <param name="limits">Permits and window in seconds for a request (from the module's options).</param>
    public static IServiceCollection AddPerClientRateLimit(this IServiceCollection services, string policyName, Func<HttpContext, (int Permits, int WindowSeconds)> limits) =>
        services.AddRateLimiter(o => o.AddPolicy(policyName, context =>
        {
            var (permits, windowSeconds) = limits(context);
            return RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, permits),
                    Window = TimeSpan.FromSeconds(Math.Max(1, windowSeconds)),
                });
        }));
}
