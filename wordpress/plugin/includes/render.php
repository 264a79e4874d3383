<?php
/**
 * The one renderer behind the shortcodes and the blocks.
 *
 * @package coalition-embed
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'coalition_embed_register_shortcodes' );

/**
 * Registers [campaign-banner], [petition-counter], [share-bar], [supporter-wall], [quick-exit].
 */
function coalition_embed_register_shortcodes(): void {
	foreach ( coalition_embed_tags() as $tag ) {
		add_shortcode( $tag, 'coalition_embed_shortcode' );
	}
}

/**
 * Shortcode callback: attribute names as the element's (WordPress lowercases them), bare words
 * for boolean attributes (`[campaign-banner dismissible]`), enclosed content as the light-DOM
 * fallback.
 *
 * @param array|string $atts    Attributes as parsed by WordPress ('' when there are none).
 * @param string|null  $content Enclosed content, or null for a self-closing shortcode.
 * @param string       $tag     The shortcode's name, which is the element's.
 * @return string The element's HTML.
 */
function coalition_embed_shortcode( $atts, $content = null, $tag = '' ): string {
	$settings = coalition_embed_element_settings( (string) $tag );
	$values   = array();
	foreach ( is_array( $atts ) ? $atts : array() as $name => $value ) {
		if ( is_int( $name ) ) {
			// A bare word: `[campaign-banner dismissible]` arrives as 0 => 'dismissible'.
			$name = strtolower( trim( (string) $value ) );
			if ( ! isset( $settings[ $name ] ) || 'flag' !== $settings[ $name ]['kind'] ) {
				continue;
			}
			$value = '';
		}
		$values[ strtolower( (string) $name ) ] = $value;
	}

	$inner = '';
	if ( is_string( $content ) && '' !== trim( $content ) ) {
		// wpautop leaves a closing </p> at the start and an opening <p> at the end of enclosed content.
		$inner = preg_replace( '#^\s*</p>\s*|\s*<p>\s*$#', '', do_shortcode( $content ) );
		$inner = force_balance_tags( wp_kses_post( $inner ) );
	}
	return coalition_embed_render( (string) $tag, $values, $inner );
}

/**
 * Renders one element and enqueues the script (once, in the footer) for this page.
 *
 * @param string $tag     Element name; unknown tags render nothing.
 * @param array  $values  Attribute name => raw value (string, number or boolean); names not in the
 *                        element's allow-list are dropped.
 * @param string $content Light-DOM children, already safe HTML (see coalition_embed_shortcode).
 * @return string The element's HTML.
 */
function coalition_embed_render( string $tag, array $values, string $content = '' ): string {
	$settings = coalition_embed_element_settings( $tag );
	if ( ! $settings ) {
		return '';
	}

	$partner = coalition_embed_partner();
	if ( '' !== $partner && isset( $settings['partner'] ) && ( ! isset( $values['partner'] ) || '' === trim( (string) $values['partner'] ) ) ) {
		$values['partner'] = $partner;
	}

	// A banner with no `mode` is inline unless a campaign file says otherwise. Where no file can
	// (none in the settings and none named by the banner, or the banner's `campaign="none"`), it is
	// written `mode="inline"`, which the reserved-space style keeps room for; where one can, the
	// file decides and no room is kept (a blackout takes none).
	if ( 'campaign-banner' === $tag && isset( $settings['mode'] ) && '' === trim( (string) ( $values['mode'] ?? '' ) ) ) {
		$own_file = strtolower( trim( (string) ( $values['campaign'] ?? '' ) ) );
		if ( 'none' === $own_file || ( '' === $own_file && '' === coalition_embed_campaign_url() ) ) {
			$values['mode'] = 'inline';
		}
	}

	$attributes = '';
	foreach ( $settings as $attribute => $setting ) {
		if ( ! array_key_exists( $attribute, $values ) ) {
			continue;
		}
		$value = coalition_embed_attribute_value( $setting, $values[ $attribute ] );
		if ( true === $value ) {
			$attributes .= ' ' . esc_attr( $attribute );
		} elseif ( is_string( $value ) ) {
			$attributes .= sprintf( ' %s="%s"', esc_attr( $attribute ), esc_attr( $value ) );
		}
	}

	coalition_embed_enqueue();
	$tag = tag_escape( $tag );
	return coalition_embed_reserve_style() . "<{$tag}{$attributes}>{$content}</{$tag}>";
}

/**
 * The widgets' reserved space (assets/reserve.css, the style of the README's paste snippet), once
 * per page, just before its first widget: each widget keeps the space it will draw from the first
 * paint, in em of its text and by its own width, so nothing below it moves when the script
 * arrives. Printed inline rather than enqueued: a stylesheet enqueued while the content renders
 * comes in the footer, after the widgets have been laid out without it.
 *
 * @return string The <style> element, or '' once printed (or if the file is missing).
 */
function coalition_embed_reserve_style(): string {
	static $printed = false;
	$file = COALITION_EMBED_DIR . 'assets/reserve.css';
	if ( $printed || ! is_readable( $file ) ) {
		return '';
	}
	$printed = true;
	// Our own file, written at build time; the guard keeps it from ever closing the element early.
	$css = str_ireplace( '</style', '', (string) file_get_contents( $file ) );
	return '<style id="coalition-embed-reserve">' . $css . '</style>';
}

/**
 * One attribute's value as it goes into the HTML.
 *
 * Flags follow HTML boolean attributes: present (true) or absent (null); `false`, `0`, `no` and
 * `off` mean absent. URLs with a scheme keep only https:, http: and mailto: (the element checks
 * further). Other kinds pass as text: the element validates them and reports a bad value.
 *
 * @param array $setting The attribute's definition (kind, options, default).
 * @param mixed $raw     The value from a shortcode or a block.
 * @return string|true|null A value, true for a bare boolean attribute, null to leave it out.
 */
function coalition_embed_attribute_value( array $setting, $raw ) {
	$kind = $setting['kind'] ?? 'text';
	if ( 'flag' === $kind ) {
		$on = is_bool( $raw ) ? $raw : ! in_array( strtolower( trim( (string) $raw ) ), array( 'false', '0', 'no', 'off' ), true );
		if ( $on ) {
			return true;
		}
		// Off is the absence of the attribute, unless the element is on by default.
		return true === ( $setting['default'] ?? false ) ? 'false' : null;
	}
	if ( is_array( $raw ) ) {
		$raw = implode( ' ', array_filter( $raw, 'is_scalar' ) );
	}
	if ( ! is_scalar( $raw ) || is_bool( $raw ) ) {
		return null;
	}
	$value = trim( (string) $raw );
	if ( '' === $value ) {
		return null;
	}
	if ( 'url' === $kind ) {
		// A scheme other than these (however disguised: `java&#x09;script:`, `&#106;avascript:`)
		// drops the value. Relative addresses, and words like `none`, pass for the element to judge.
		$safe = wp_kses_bad_protocol( $value, array( 'https', 'http', 'mailto' ) );
		return $safe === $value ? $value : null;
	}
	return $value;
}

/**
 * The partner's short name from Settings → Coalition embed, or ''.
 */
function coalition_embed_partner(): string {
	$partner = get_option( COALITION_EMBED_OPTION_PARTNER, '' );
	return is_string( $partner ) ? trim( $partner ) : '';
}

/**
 * The campaign file address from Settings → Coalition embed, or ''.
 */
function coalition_embed_campaign_url(): string {
	$url = get_option( COALITION_EMBED_OPTION_CAMPAIGN, '' );
	return is_string( $url ) ? trim( $url ) : '';
}
