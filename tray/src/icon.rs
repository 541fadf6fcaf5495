//! The tray icon, drawn at runtime: a disc in the state's colour with a white glyph of its own
//! shape, so the states differ for colour-blind users too: a green check (up), an amber
//! exclamation mark (degraded), a red cross (down), a blue house (it's you: offline, or another
//! problem on your side), a grey dash (paused or not yet known) and a purple question mark (the
//! settings don't load).

use downbeat::model::{Blame, Cause, State};

/// Icon side in pixels (trays scale it).
pub const SIZE: u32 = 32;

/// What the icon shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Look {
    Up,
    Degraded,
    Down,
    /// It's you: offline, a captive portal, DNS down or filtered, a slow link. Blue, with a
    /// house: the problem is at home, not at the service.
    You,
    /// Paused or not yet known.
    Idle,
    /// The settings don't load: at start nothing is checked; edited while running, the checks
    /// go on with the last settings that loaded. Purple, with a question mark: its own look,
    /// never the paused one.
    Broken,
}

impl Look {
    pub fn of(state: State, cause: Cause, paused: bool) -> Look {
        match (paused, state) {
            (true, _) => Look::Idle,
            (_, State::Unknown) => Look::Idle,
            _ if cause.blame() == Blame::You => Look::You,
            (_, State::Up) => Look::Up,
            (_, State::Degraded) => Look::Degraded,
            (_, State::Down) => Look::Down,
            (_, State::Offline) => Look::You,
        }
    }

    /// The disc's colour.
    pub fn colour(self) -> [u8; 3] {
        match self {
            Look::Up => [0x1d, 0xb9, 0x54],
            Look::Degraded => [0xf0, 0x9a, 0x0a],
            Look::Down => [0xe0, 0x2b, 0x2b],
            Look::You => [0x3b, 0x6c, 0xe0],
            Look::Idle => [0x8a, 0x8f, 0x98],
            Look::Broken => [0x8e, 0x44, 0xad],
        }
    }

    /// The glyph, as strokes from (x, y) to (x, y) in a unit square.
    fn strokes(self) -> &'static [[f32; 4]] {
        match self {
            Look::Up => &[[0.28, 0.52, 0.44, 0.68], [0.44, 0.68, 0.73, 0.34]],
            Look::Degraded => &[[0.5, 0.24, 0.5, 0.56], [0.5, 0.74, 0.5, 0.745]],
            Look::Down => &[[0.32, 0.32, 0.68, 0.68], [0.68, 0.32, 0.32, 0.68]],
            Look::You => &[
                [0.24, 0.52, 0.5, 0.27],
                [0.5, 0.27, 0.76, 0.52],
                [0.34, 0.47, 0.34, 0.73],
                [0.66, 0.47, 0.66, 0.73],
                [0.34, 0.73, 0.66, 0.73],
            ],
            Look::Idle => &[[0.3, 0.5, 0.7, 0.5]],
            Look::Broken => &[
                [0.37, 0.37, 0.43, 0.28],
                [0.43, 0.28, 0.57, 0.28],
                [0.57, 0.28, 0.63, 0.37],
                [0.63, 0.37, 0.5, 0.5],
                [0.5, 0.5, 0.5, 0.58],
                [0.5, 0.74, 0.5, 0.745],
            ],
        }
    }
}

fn segment_distance(px: f32, py: f32, s: [f32; 4]) -> f32 {
    let [ax, ay, bx, by] = s;
    let (dx, dy) = (bx - ax, by - ay);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 {
        0.0
    } else {
        (((px - ax) * dx + (py - ay) * dy) / len2).clamp(0.0, 1.0)
    };
    ((px - (ax + t * dx)).powi(2) + (py - (ay + t * dy)).powi(2)).sqrt()
}

/// RGBA pixels, `SIZE` × `SIZE`, anti-aliased by 4×4 supersampling.
pub fn render(look: Look) -> Vec<u8> {
    let [r, g, b] = look.colour();
    let n = SIZE as f32;
    let mut out = Vec::with_capacity((SIZE * SIZE * 4) as usize);
    for y in 0..SIZE {
        for x in 0..SIZE {
            let (mut cover, mut white) = (0.0f32, 0.0f32);
            for sy in 0..4 {
                for sx in 0..4 {
                    let u = (x as f32 + (sx as f32 + 0.5) / 4.0) / n;
                    let v = (y as f32 + (sy as f32 + 0.5) / 4.0) / n;
                    if ((u - 0.5).powi(2) + (v - 0.5).powi(2)).sqrt() > 0.47 {
                        continue;
                    }
                    cover += 1.0;
                    if look
                        .strokes()
                        .iter()
                        .any(|s| segment_distance(u, v, *s) < 0.075)
                    {
                        white += 1.0;
                    }
                }
            }
            if cover == 0.0 {
                out.extend_from_slice(&[0, 0, 0, 0]);
                continue;
            }
            let w = white / cover;
            let mix = |c: u8| (f32::from(c) * (1.0 - w) + 255.0 * w).round() as u8;
            out.extend_from_slice(&[mix(r), mix(g), mix(b), (cover / 16.0 * 255.0).round() as u8]);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pixel(img: &[u8], x: u32, y: u32) -> [u8; 4] {
        let i = ((y * SIZE + x) * 4) as usize;
        [img[i], img[i + 1], img[i + 2], img[i + 3]]
    }

    #[test]
    fn each_state_has_its_colour_and_its_shape() {
        let looks = [
            Look::Up,
            Look::Degraded,
            Look::Down,
            Look::You,
            Look::Idle,
            Look::Broken,
        ];
        let images: Vec<Vec<u8>> = looks.iter().map(|l| render(*l)).collect();
        for (look, img) in looks.iter().zip(&images) {
            assert_eq!(img.len(), (SIZE * SIZE * 4) as usize);
            // The corner is transparent; a point on the rim has the state's colour.
            assert_eq!(pixel(img, 0, 0)[3], 0);
            let rim = pixel(img, 16, 3);
            assert_eq!(&rim[..3], &look.colour(), "{look:?}");
        }
        // The glyphs differ in shape, not only in colour: compare where the white is.
        let masks: Vec<Vec<bool>> = images
            .iter()
            .map(|img| {
                img.chunks(4)
                    .map(|p| p[0] > 200 && p[1] > 200 && p[2] > 200)
                    .collect()
            })
            .collect();
        for i in 0..masks.len() {
            for j in i + 1..masks.len() {
                assert_ne!(
                    masks[i], masks[j],
                    "{:?} and {:?} have the same shape",
                    looks[i], looks[j]
                );
            }
        }
        // The cross is white at the centre; the check is not.
        assert!(pixel(&images[2], 16, 16)[0] > 200);
        assert_eq!(Look::of(State::Down, Cause::Service, true), Look::Idle);
        assert_eq!(Look::of(State::Down, Cause::Service, false), Look::Down);
        // It's you: its own look, never the paused one.
        for c in [Cause::Offline, Cause::CaptivePortal, Cause::DnsFiltered] {
            assert_eq!(Look::of(State::Down, c, false), Look::You);
        }
        assert_eq!(Look::of(State::Offline, Cause::Offline, false), Look::You);
        assert_eq!(Look::of(State::Offline, Cause::Offline, true), Look::Idle);
    }
}
