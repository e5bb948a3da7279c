//! The QR code of a link, as an SVG path (one unit per module), for a classroom
//! projector or a phone camera. The encoding is the `qrcodegen` crate's (Project Nayuki's
//! reference implementation, no dependencies); only the drawing is ours.

use qrcodegen::{QrCode, QrCodeEcc};

/// Modules of white border on each side, as the QR standard asks.
pub const QUIET_ZONE: i32 = 4;

/// A QR code ready to draw: `size` modules square (the border excluded) and the SVG
/// path of its dark modules, offset by the border.
#[derive(Debug, Clone, PartialEq)]
pub struct QrDrawing {
    pub size: i32,
    pub path: String,
}

/// Encodes `text` at error-correction level Medium (15 % of the code may be unreadable),
/// or Low when the text is too long for Medium; `None` when it is too long for any QR
/// code (more than 2,953 bytes).
pub fn qr_drawing(text: &str) -> Option<QrDrawing> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium)
        .or_else(|_| QrCode::encode_text(text, QrCodeEcc::Low))
        .ok()?;
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if code.get_module(x, y) {
                // One rectangle per run of dark modules on the row.
                let start = x;
                while x < size && code.get_module(x, y) {
                    x += 1;
                }
                path.push_str(&format!(
                    "M{} {}h{}v1h-{}z",
                    start + QUIET_ZONE,
                    y + QUIET_ZONE,
                    x - start,
                    x - start
                ));
            } else {
                x += 1;
            }
        }
    }
    Some(QrDrawing { size, path })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_gives_a_square_code_with_finder_patterns() {
        let link = "https://example.org/courses/crm/calculator/?lang=zh-Hans&preset=car_dealer";
        let d = qr_drawing(link).expect("fits");
        assert!(
            d.size >= 21 && (d.size - 17) % 4 == 0,
            "QR sizes are 17 + 4 × version"
        );
        // The top-left finder pattern's first row: a run of seven dark modules.
        assert!(d
            .path
            .starts_with(&format!("M{} {}h7v1h-7z", QUIET_ZONE, QUIET_ZONE)));
        assert_eq!(qr_drawing(link), Some(d), "the same link, the same code");
    }

    #[test]
    fn too_long_for_any_code() {
        assert!(qr_drawing(&"a".repeat(2_000)).is_some());
        assert_eq!(qr_drawing(&"a".repeat(5_000)), None);
    }
}
