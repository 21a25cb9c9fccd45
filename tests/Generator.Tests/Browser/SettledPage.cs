using Microsoft.Playwright;

namespace Generator.Tests.Browser;

/// <summary>
/// Waits for a page's animations to end before it is audited: a definition fades in over 0.12 s, and axe measuring the
/// colour contrast of a half-transparent pop-up reports a violation that no reader sees (seen once under load in CI).
/// </summary>
public static class SettledPage
{
    public static Task WaitForAnimationsAsync(this IPage page) =>
        page.WaitForFunctionAsync("() => document.getAnimations().every(animation => animation.playState !== 'running')");
}
